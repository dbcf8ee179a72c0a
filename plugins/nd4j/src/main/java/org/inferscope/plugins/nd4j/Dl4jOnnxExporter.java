package org.inferscope.plugins.nd4j;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Writes a Deeplearning4j {@link MultiLayerNetwork} of {@link DenseLayer}s and {@link OutputLayer}s as an
 * ONNX model (opset 13): each layer becomes MatMul, Add and its activation. The model's input is
 * {@code "input"}, FLOAT [batch, nIn], and its output {@code "output"}, FLOAT [batch, nOut]; weights are
 * stored as FLOAT (a DOUBLE network is narrowed). Anything else in the network (another layer type, an
 * activation without an ONNX twin, layer normalisation, an input preprocessor) is refused with an
 * {@link UnsupportedNetworkException} that names the layer. The output is a pure function of the
 * weights and configuration: the same network gives the same bytes.
 */
public final class Dl4jOnnxExporter {

    public static final String INPUT = "input";
    public static final String OUTPUT = "output";
    static final String PRODUCER = "InferScope Deeplearning4j dense exporter";

    public Dl4jOnnxExporter() {
    }

    /** The network as an ONNX model. */
    public ModelProto export(MultiLayerNetwork network) {
        List<DenseStep> steps = plan(network);
        OnnxGraph graph = new OnnxGraph("deeplearning4j-dense");
        graph.input(INPUT, steps.get(0).inputs());
        String current = INPUT;
        for (DenseStep step : steps) {
            boolean last = step == steps.get(steps.size() - 1);
            current = writeLayer(graph, step, current, last);
        }
        graph.output(OUTPUT, steps.get(steps.size() - 1).outputs());
        return graph.model(PRODUCER, "A Deeplearning4j MultiLayerNetwork, " + shape(steps) + ".");
    }

    /** The network's ONNX model as bytes. */
    public byte[] toBytes(MultiLayerNetwork network) {
        return export(network).toByteArray();
    }

    /** Writes the network's ONNX model to {@code file}, replacing it. */
    public void write(MultiLayerNetwork network, Path file) throws IOException {
        byte[] bytes = toBytes(network);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, bytes);
    }

    /** Checks the whole network before anything is written, and reads each layer's weights. */
    static List<DenseStep> plan(MultiLayerNetwork network) {
        Objects.requireNonNull(network, "network");
        if (network.params() == null || network.getnLayers() == 0) {
            throw new UnsupportedNetworkException(
                    "The network has no layers or no parameters yet: call init() (or train it) before exporting.");
        }
        MultiLayerConfiguration conf = network.getLayerWiseConfigurations();
        List<DenseStep> steps = new ArrayList<>();
        for (int i = 0; i < network.getnLayers(); i++) {
            DenseStep step = step(network, conf, i);
            if (!steps.isEmpty() && steps.get(steps.size() - 1).outputs() != step.inputs()) {
                throw unsupported(i, conf.getConf(i).getLayer(), "expects " + step.inputs()
                        + " inputs but the layer before it gives " + steps.get(steps.size() - 1).outputs());
            }
            steps.add(step);
        }
        return steps;
    }

    private static DenseStep step(MultiLayerNetwork network, MultiLayerConfiguration conf, int i) {
        Layer layer = conf.getConf(i).getLayer();
        InputPreProcessor preProcessor = conf.getInputPreProcess(i);
        if (preProcessor != null) {
            throw unsupported(i, layer, "has an input preprocessor (" + preProcessor.getClass().getSimpleName()
                    + "), which the ONNX export does not write");
        }
        boolean hasBias;
        if (layer.getClass() == DenseLayer.class) {
            DenseLayer dense = (DenseLayer) layer;
            if (dense.hasLayerNorm()) {
                throw unsupported(i, layer, "uses layer normalisation, which the ONNX export does not write");
            }
            hasBias = dense.hasBias();
        } else if (layer.getClass() == OutputLayer.class) {
            hasBias = ((OutputLayer) layer).hasBias();
        } else {
            throw unsupported(i, layer, "is neither a DenseLayer nor an OutputLayer, the only layers the export writes");
        }
        FeedForwardLayer ff = (FeedForwardLayer) layer;
        OnnxActivation activation = OnnxActivation.of(ff.getActivationFn()).orElseThrow(() -> unsupported(i, layer,
                "has the activation " + ff.getActivationFn() + ", which has no ONNX equivalent here"
                        + " (supported: identity, relu, leakyrelu, tanh, sigmoid, softmax)"));
        INDArray w = network.getLayer(i).getParam(DefaultParamInitializer.WEIGHT_KEY);
        float[] bias = hasBias ? network.getLayer(i).getParam(DefaultParamInitializer.BIAS_KEY).toFloatVector() : null;
        return new DenseStep(i, (int) ff.getNIn(), (int) ff.getNOut(), rowMajor(w), bias, activation);
    }

    /** W is [nIn, nOut], in 'f' order inside DL4J's flat parameter view: read it by index, not by buffer. */
    static float[] rowMajor(INDArray w) {
        float[][] rows = w.toFloatMatrix();
        int columns = rows.length == 0 ? 0 : rows[0].length;
        float[] flat = new float[rows.length * columns];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * columns, columns);
        }
        return flat;
    }

    private static String writeLayer(OnnxGraph graph, DenseStep step, String input, boolean last) {
        String prefix = "layer" + step.index();
        boolean hasActivation = step.activation().operator().isPresent();
        String weights = graph.initializer(prefix + ".W", new long[] {step.inputs(), step.outputs()}, step.weights());
        boolean matMulLast = step.bias() == null && !hasActivation;
        String current = graph.node("MatMul", List.of(input, weights), name(prefix + ".matmul", last && matMulLast),
                List.of());
        if (step.bias() != null) {
            String bias = graph.initializer(prefix + ".b", new long[] {step.outputs()}, step.bias());
            current = graph.node("Add", List.of(current, bias), name(prefix + ".add", last && !hasActivation),
                    List.of());
        }
        if (hasActivation) {
            String operator = step.activation().operator().get();
            current = graph.node(operator, List.of(current), name(prefix + "." + operator.toLowerCase(), last),
                    attributes(step.activation()));
        }
        return current;
    }

    private static String name(String inner, boolean isModelOutput) {
        return isModelOutput ? OUTPUT : inner;
    }

    private static List<AttributeProto> attributes(OnnxActivation activation) {
        if (Float.isNaN(activation.alpha())) {
            return List.of(); // Softmax's default axis, -1, is DL4J's: over each row's units
        }
        return List.of(OnnxGraph.floatAttribute("alpha", activation.alpha()));
    }

    private static UnsupportedNetworkException unsupported(int index, Layer layer, String what) {
        return new UnsupportedNetworkException("Cannot export layer " + index + " (" + describe(index, layer)
                + ") to ONNX: it " + what + ".");
    }

    private static String describe(int index, Layer layer) {
        String type = layer.getClass().getSimpleName();
        String name = layer.getLayerName();
        // DL4J names unnamed layers "layer<index>" (or "<index>"): not worth repeating
        boolean generated = name == null || name.equals(String.valueOf(index)) || name.equals("layer" + index);
        return generated ? type : type + " \"" + name + "\"";
    }

    private static String shape(List<DenseStep> steps) {
        return steps.get(0).inputs() + "-" + steps.stream().map(s -> s.outputs() + " " + s.activation().operator()
                .orElse("identity").toLowerCase()).collect(Collectors.joining("-"));
    }
}
