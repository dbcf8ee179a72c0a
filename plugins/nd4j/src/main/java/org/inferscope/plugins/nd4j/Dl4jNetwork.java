package org.inferscope.plugins.nd4j;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A restored Deeplearning4j network of either kind, seen the way the engine uses a model: named inputs
 * of rows, named outputs of rows. A {@link MultiLayerNetwork}'s single input and output are called
 * {@code "input"} and {@code "output"}, as in its ONNX export; a {@link ComputationGraph}'s keep the names
 * its configuration gives them. Not thread-safe: each session works on its own {@link #copy()}.
 */
final class Dl4jNetwork {

    static final String MULTI_LAYER = "MultiLayerNetwork";
    static final String GRAPH = "ComputationGraph";

    private final MultiLayerNetwork multiLayer;
    private final ComputationGraph graph;

    private Dl4jNetwork(MultiLayerNetwork multiLayer, ComputationGraph graph) {
        this.multiLayer = multiLayer;
        this.graph = graph;
    }

    static Dl4jNetwork of(MultiLayerNetwork network) {
        return new Dl4jNetwork(network, null);
    }

    static Dl4jNetwork of(ComputationGraph network) {
        return new Dl4jNetwork(null, network);
    }

    /** "MultiLayerNetwork" or "ComputationGraph". */
    String kind() {
        return multiLayer != null ? MULTI_LAYER : GRAPH;
    }

    /** The network itself, for saving. */
    Model model() {
        return multiLayer != null ? multiLayer : graph;
    }

    /** The multi-layer network, or null for a graph. */
    MultiLayerNetwork multiLayer() {
        return multiLayer;
    }

    List<String> inputNames() {
        return multiLayer != null ? List.of(Dl4jOnnxExporter.INPUT) : graph.getConfiguration().getNetworkInputs();
    }

    List<String> outputNames() {
        return multiLayer != null ? List.of(Dl4jOnnxExporter.OUTPUT) : graph.getConfiguration().getNetworkOutputs();
    }

    /** The row width the input takes, or empty (as -1) when the configuration does not say. */
    long inputWidth(String input) {
        if (multiLayer != null) {
            MultiLayerConfiguration conf = multiLayer.getLayerWiseConfigurations();
            return LayerWidths.rowInput(conf.getConf(0).getLayer(), conf.getInputPreProcess(0)).orElse(-1);
        }
        ComputationGraphConfiguration conf = graph.getConfiguration();
        for (Map.Entry<String, List<String>> e : conf.getVertexInputs().entrySet()) {
            GraphVertex vertex = conf.getVertices().get(e.getKey());
            if (e.getValue().contains(input) && vertex instanceof LayerVertex layer) {
                return LayerWidths.rowInput(layer.getLayerConf().getLayer(), layer.getPreProcessor()).orElse(-1);
            }
        }
        return -1;
    }

    /** Values per row of the output, or -1 when the configuration does not say. */
    long outputWidth(String output) {
        if (multiLayer != null) {
            MultiLayerConfiguration conf = multiLayer.getLayerWiseConfigurations();
            return LayerWidths.rowOutput(conf.getConf(conf.getConfs().size() - 1).getLayer());
        }
        GraphVertex vertex = graph.getConfiguration().getVertices().get(output);
        return vertex instanceof LayerVertex layer ? LayerWidths.rowOutput(layer.getLayerConf().getLayer()) : -1;
    }

    /** Inference (no dropout, no training) of one input batch, returning the output at {@code index}. */
    INDArray output(INDArray input, int index) {
        if (multiLayer != null) {
            return multiLayer.output(input, false);
        }
        return graph.output(false, input)[index];
    }

    /** The type the weights are held in (FLOAT, DOUBLE, HALF). */
    DataType dataType() {
        return model().params().dataType();
    }

    long parameterCount() {
        return model().numParams();
    }

    /** Layer type to how many the network has, sorted by type: the closest thing to ONNX's op counts. */
    Map<String, Long> layerCounts() {
        Map<String, Long> counts = new TreeMap<>();
        org.deeplearning4j.nn.api.Layer[] layers = multiLayer != null ? multiLayer.getLayers() : graph.getLayers();
        for (org.deeplearning4j.nn.api.Layer layer : layers) {
            counts.merge(layer.conf().getLayer().getClass().getSimpleName(), 1L, Long::sum);
        }
        return counts;
    }

    /** An independent copy with the same weights, for a session of its own. */
    Dl4jNetwork copy() {
        return multiLayer != null ? of(multiLayer.clone()) : of(graph.clone());
    }
}
