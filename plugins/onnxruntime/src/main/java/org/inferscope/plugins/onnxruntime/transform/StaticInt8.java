package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.CalibrationMethod;
import org.inferscope.engine.api.LayerChange;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.spi.CalibrationData;

/**
 * INT8 static in QDQ form: each layer's input and output activations get a calibrated
 * QuantizeLinear/DequantizeLinear pair (UINT8), its weights are stored as symmetric 7-bit INT8 ({@link WeightQuantizer#REDUCED_RANGE}) behind a
 * DequantizeLinear (per output channel with the axis attribute, opset 13), its bias as INT32 with
 * scale {@code scale_x * scale_w}. ONNX Runtime recognises these groups and runs QLinearMatMul, QGemm
 * or QLinearConv; a layer output that is also a graph output stays FP32.
 */
final class StaticInt8 implements GraphRewrite {
    private final OrtAccess ort;

    StaticInt8(OrtAccess ort) {
        this.ort = ort;
    }

    @Override
    public OnnxMl.ModelProto apply(OnnxMl.ModelProto model, TransformSpec spec, CalibrationData calibration,
                                   TransformLog log) {
        if (calibration == null) {
            throw new BadInputException("INT8 static needs calibration rows from a dataset: choose a dataset to calibrate on,"
                    + " or use INT8 dynamic.");
        }
        int skippedBefore = log.skippedLayers().size();
        OnnxGraph graph = new OnnxGraph(model.getGraph());
        List<WeightLayer> layers = QuantizableLayers.scan(graph, log);
        int opset = layers.isEmpty() ? 0 : OpsetUpgrade.qdqOpset(model, spec.perChannel(), log);
        boolean perChannel = spec.perChannel() && opset >= OpsetUpgrade.PER_AXIS;
        String what = "INT8 static, " + (perChannel ? "per-channel" : "per-tensor");
        if (layers.isEmpty() || opset < 0) {
            layers.forEach(l -> log.skipped(l.label(), l.op(), "QuantizeLinear needs opset 10, and the model cannot be raised"));
            log.summary(Quantization.summary(what, List.of(), log.skippedLayers().size() - skippedBefore));
            return model;
        }
        Map<String, QdqNodes.Activation> activations = calibrate(model, graph, layers, calibration, spec);
        GraphEdit edit = new GraphEdit(model.getGraph());
        insertActivationPairs(edit, graph, activations);
        for (WeightLayer layer : layers) {
            WeightQuantizer.Int8 q = quantizeLayer(edit, layer, activations.get(layer.node().getInput(0)), perChannel);
            log.changed(new LayerChange(layer.label(), layer.reportedOp(), what + " weights, UINT8 activations (QDQ)",
                    layer.weightCount(), layer.weightCount(), Sparsity.ofInt8(q.values())));
        }
        log.summary(Quantization.summary(what, layers, log.skippedLayers().size() - skippedBefore));
        log.note(calibrationNote(spec, calibration));
        return OpsetUpgrade.raise(model.toBuilder().setGraph(edit.build()).build(), opset);
    }

    /**
     * Each layer's input and output, except tensors that are graph outputs, with their calibrated scale.
     * A layer output read only by a Relu is quantized with the Relu output's range (zero point 0): the
     * quantization then clips negatives to 0 exactly as the Relu does, and ONNX Runtime can drop the Relu
     * and the DequantizeLinear/QuantizeLinear between the layers, so one QGemm feeds the next in UINT8.
     */
    private Map<String, QdqNodes.Activation> calibrate(OnnxMl.ModelProto model, OnnxGraph graph, List<WeightLayer> layers,
                                                        CalibrationData calibration, TransformSpec spec) {
        Set<String> tensors = new LinkedHashSet<>();
        Map<String, String> rangeOf = new LinkedHashMap<>();
        for (WeightLayer layer : layers) {
            for (String t : List.of(layer.node().getInput(0), layer.node().getOutput(0))) {
                if (!graph.isGraphOutput(t)) {
                    String relu = onlyReluAfter(graph, t);
                    String measured = relu == null ? t : relu;
                    tensors.add(measured);
                    rangeOf.put(t, measured);
                }
            }
        }
        Map<String, float[]> ranges = new Calibrator(ort).ranges(model, tensors, calibration, spec);
        Map<String, QdqNodes.Activation> out = new LinkedHashMap<>();
        rangeOf.forEach((t, measured) -> {
            float[] r = ranges.get(measured);
            out.put(t, QdqNodes.Activation.of(r[0], r[1]));
        });
        return out;
    }

    /** The output of the Relu that is the only reader of {@code tensor}, or null. */
    private static String onlyReluAfter(OnnxGraph graph, String tensor) {
        List<OnnxMl.NodeProto> readers = graph.consumers(tensor);
        if (readers.size() != 1 || graph.producer(tensor) == null) {
            return null;
        }
        OnnxMl.NodeProto r = readers.get(0);
        boolean relu = r.getOpType().equals("Relu") && (r.getDomain().isEmpty() || r.getDomain().equals("ai.onnx"));
        return relu && !graph.isGraphOutput(r.getOutput(0)) ? r.getOutput(0) : null;
    }

    /**
     * After a producing node: its output renamed, then Q and DQ writing the original name, so every
     * reader sees the dequantized values. A graph input has no producer: the pair goes first and its
     * readers are pointed at the pair's output.
     */
    private static void insertActivationPairs(GraphEdit edit, OnnxGraph graph, Map<String, QdqNodes.Activation> acts) {
        acts.forEach((tensor, a) -> {
            OnnxMl.NodeProto producer = graph.producer(tensor);
            if (producer != null) {
                String fp32 = edit.fresh(tensor + "_fp32");
                OnnxMl.NodeProto main = edit.main(producer);
                edit.setMain(producer, main.toBuilder().setOutput(main.getOutputList().indexOf(tensor), fp32).build());
                edit.insertAfter(producer, QdqNodes.activationPair(edit, fp32, tensor, a));
                return;
            }
            String dq = edit.fresh(tensor + "_dequantized");
            edit.prepend(QdqNodes.activationPair(edit, tensor, dq, a));
            for (OnnxMl.NodeProto reader : graph.consumers(tensor)) {
                OnnxMl.NodeProto.Builder b = edit.main(reader).toBuilder();
                for (int i = 0; i < b.getInputCount(); i++) {
                    if (b.getInput(i).equals(tensor)) {
                        b.setInput(i, dq);
                    }
                }
                edit.setMain(reader, b.build());
            }
        });
    }

    /** Weights (alpha folded in) and bias (beta folded in) behind DequantizeLinear; Gemm loses alpha and beta. */
    private static WeightQuantizer.Int8 quantizeLayer(GraphEdit edit, WeightLayer layer, QdqNodes.Activation x,
                                                      boolean perChannel) {
        QdqNodes.Dequantized w = QdqNodes.weight(edit, layer, perChannel, layer.alpha(),
                WeightQuantizer.REDUCED_RANGE);
        OnnxMl.NodeProto main = Nodes.withInput(edit.main(layer.node()), 1, w.output());
        if (layer.bias() != null) {
            main = Nodes.withInput(main, 2, bias(edit, layer, x, w.weights().scales()));
        }
        if (layer.op().equals("Gemm")) {
            main = Nodes.withoutAttributes(main, "alpha", "beta");
        }
        edit.setMain(layer.node(), main);
        return w.weights();
    }

    /** INT32 behind DequantizeLinear when it is one value per output channel (or one for all); else FP32. */
    private static String bias(GraphEdit edit, WeightLayer layer, QdqNodes.Activation x, float[] weightScales) {
        float[] b = OnnxGraph.floats(layer.bias());
        for (int i = 0; i < b.length; i++) {
            b[i] *= layer.beta();
        }
        int channels = layer.outputChannels();
        if (x != null && (b.length == channels || b.length == 1)) {
            float[] perChannel = b.length == channels ? b : filled(channels, b[0]);
            return QdqNodes.bias(edit, layer, perChannel, x.scale(), weightScales);
        }
        String name = edit.fresh(layer.bias().getName() + "_scaled");
        edit.addInitializer(OnnxGraph.floatTensor(name, OnnxGraph.dims(layer.bias()), b));
        return name;
    }

    private static float[] filled(int n, float v) {
        float[] out = new float[n];
        Arrays.fill(out, v);
        return out;
    }

    private static String calibrationNote(TransformSpec spec, CalibrationData calibration) {
        int rows = Math.min(spec.calibrationRows(), calibration.rows());
        String method = spec.calibration() == CalibrationMethod.PERCENTILE
                ? "clipped at the " + spec.percentile() + "th percentile of |x|" : "min/max";
        return "INT8 static: activation ranges from " + rows + " calibration rows (" + method + ")";
    }
}
