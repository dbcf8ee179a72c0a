package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.inferscope.engine.api.LayerChange;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.spi.CalibrationData;

/**
 * INT8 dynamic: weights stored as symmetric 7-bit INT8 (zero point 0, see
 * {@link WeightQuantizer#REDUCED_RANGE}), activations quantized on every call
 * from their own range. Each MatMul/Gemm becomes
 * {@code DynamicQuantizeLinear -> MatMulInteger -> Cast -> Mul(scale_a * scale_b) [-> Add bias]},
 * the pattern ONNX Runtime fuses into one DynamicQuantizeMatMul; each Conv becomes the same around
 * ConvInteger. Per channel, scale_b holds one scale per output column or filter: ONNX Runtime's
 * ConvInteger rejects a per-channel zero point, so the weights stay symmetric and only the scales
 * (applied in the Mul after the integer product) differ per channel.
 */
final class DynamicInt8 implements GraphRewrite {
    static final int OPSET = 11;
    private static final OnnxMl.TensorProto.DataType INT8 = OnnxMl.TensorProto.DataType.INT8;

    @Override
    public OnnxMl.ModelProto apply(OnnxMl.ModelProto model, TransformSpec spec, CalibrationData calibration,
                                   TransformLog log) {
        String what = "INT8 dynamic, " + (spec.perChannel() ? "per-channel" : "per-tensor");
        int skippedBefore = log.skippedLayers().size();
        OnnxGraph graph = new OnnxGraph(model.getGraph());
        List<WeightLayer> layers = QuantizableLayers.scan(graph, log);
        String obstacle = layers.isEmpty() ? null : OpsetUpgrade.obstacle(model, OPSET);
        if (obstacle != null) {
            layers.forEach(l -> log.skipped(l.label(), l.op(), "INT8 dynamic needs opset " + OPSET + ", but " + obstacle));
            log.summary(Quantization.summary(what, List.of(), log.skippedLayers().size() - skippedBefore));
            return model;
        }
        GraphEdit edit = new GraphEdit(model.getGraph());
        for (WeightLayer layer : layers) {
            WeightQuantizer.Int8 q = layer.isConv() ? convInteger(edit, layer, spec.perChannel())
                    : matMulInteger(edit, layer, spec.perChannel());
            String kernel = layer.isConv() ? "ConvInteger" : "MatMulInteger";
            log.changed(new LayerChange(layer.label(), layer.op(), what + " weights (" + kernel + ")",
                    layer.weightCount(), layer.weightCount(), Sparsity.ofInt8(q.values())));
        }
        if (layers.stream().anyMatch(WeightLayer::isConv)) {
            log.note("INT8 dynamic convolutions run on ONNX Runtime's ConvInteger, which has no optimized CPU kernel:"
                    + " often slower than FP32; int8-static runs convolutions as QLinearConv instead, and it is worth measuring both");
        }
        log.summary(Quantization.summary(what, layers, log.skippedLayers().size() - skippedBefore));
        return OpsetUpgrade.raise(model.toBuilder().setGraph(edit.build()).build(), OPSET);
    }

    /** MatMul or Gemm: B as INT8 [K,N] (transposed here when transB), alpha folded into scale_b. */
    private static WeightQuantizer.Int8 matMulInteger(GraphEdit edit, WeightLayer layer, boolean perChannel) {
        long[] dims = OnnxGraph.dims(layer.weight());
        float[] w = OnnxGraph.floats(layer.weight());
        if (layer.transB()) {
            w = WeightQuantizer.transpose(w, (int) dims[0], (int) dims[1]);
            dims = new long[] {dims[1], dims[0]};
        }
        WeightQuantizer.Int8 q = WeightQuantizer.symmetric(w, dims, perChannel ? 1 : -1, WeightQuantizer.REDUCED_RANGE);
        String base = layer.label();
        String wq = edit.fresh(layer.weight().getName() + "_int8");
        edit.addInitializer(OnnxGraph.byteTensor(wq, INT8, dims, q.values()));
        String scaleB = scaleInitializer(edit, base, q, layer.alpha(), new long[] {dims[1]});
        edit.replace(layer.node(), chain(edit, layer, "MatMulInteger", wq, scaleB, null, List.of()));
        return q;
    }

    /** Conv: W as INT8 [M,C,k...], scale_b and bias shaped [M,1,...] to broadcast over the output. */
    private static WeightQuantizer.Int8 convInteger(GraphEdit edit, WeightLayer layer, boolean perChannel) {
        long[] dims = OnnxGraph.dims(layer.weight());
        WeightQuantizer.Int8 q = WeightQuantizer.symmetric(OnnxGraph.floats(layer.weight()), dims, perChannel ? 0 : -1,
                WeightQuantizer.REDUCED_RANGE);
        String base = layer.label();
        String wq = edit.fresh(layer.weight().getName() + "_int8");
        edit.addInitializer(OnnxGraph.byteTensor(wq, INT8, dims, q.values()));
        long[] channelShape = new long[dims.length - 1];
        Arrays.fill(channelShape, 1);
        channelShape[0] = dims[0];
        String scaleB = scaleInitializer(edit, base, q, 1f, channelShape);
        edit.replace(layer.node(), chain(edit, layer, "ConvInteger", wq, scaleB, channelShape,
                layer.node().getAttributeList()));
        return q;
    }

    private static String scaleInitializer(GraphEdit edit, String base, WeightQuantizer.Int8 q, float alpha,
                                           long[] perChannelShape) {
        float[] scales = q.scales().clone();
        for (int i = 0; i < scales.length; i++) {
            scales[i] *= alpha;
        }
        String name = edit.fresh(base + "_w_scale");
        edit.addInitializer(OnnxGraph.floatTensor(name, q.perChannel() ? perChannelShape : new long[0], scales));
        return name;
    }

    /** The node chain that replaces the layer; its last node writes the layer's output. */
    private static List<OnnxMl.NodeProto> chain(GraphEdit edit, WeightLayer layer, String kernel, String wq,
                                                String scaleB, long[] biasShape, List<OnnxMl.AttributeProto> attrs) {
        String base = layer.label();
        String x = layer.node().getInput(0);
        String out = layer.node().getOutput(0);
        String xq = edit.fresh(base + "_x_q");
        String xs = edit.fresh(base + "_x_scale");
        String xz = edit.fresh(base + "_x_zero");
        String yi = edit.fresh(base + "_int32");
        String yf = edit.fresh(base + "_int32_float");
        String s = edit.fresh(base + "_scale");
        String bias = bias(edit, layer, biasShape);
        String scaled = bias == null ? out : edit.fresh(base + "_scaled");
        List<OnnxMl.NodeProto> nodes = new ArrayList<>();
        nodes.add(Nodes.node("DynamicQuantizeLinear", edit.fresh(base + "_quantize_x"), List.of(x), List.of(xq, xs, xz)));
        nodes.add(Nodes.node(kernel, edit.fresh(base + "_" + kernel), List.of(xq, wq, xz), List.of(yi),
                attrs.toArray(new OnnxMl.AttributeProto[0])));
        nodes.add(Nodes.castToFloat(edit.fresh(base + "_cast"), yi, yf));
        nodes.add(Nodes.node("Mul", edit.fresh(base + "_scale_ab"), List.of(xs, scaleB), List.of(s)));
        nodes.add(Nodes.node("Mul", edit.fresh(base + "_rescale"), List.of(yf, s), List.of(scaled)));
        if (bias != null) {
            nodes.add(Nodes.node("Add", edit.fresh(base + "_bias"), List.of(scaled, bias), List.of(out)));
        }
        return nodes;
    }

    /** The bias to add back (Gemm: beta * C; Conv: B reshaped to [M,1,...]), or null when there is none. */
    private static String bias(GraphEdit edit, WeightLayer layer, long[] convShape) {
        if (layer.bias() == null) {
            return null;
        }
        float beta = layer.beta();
        if (convShape == null && beta == 1f) {
            return layer.bias().getName();
        }
        float[] b = OnnxGraph.floats(layer.bias());
        for (int i = 0; i < b.length; i++) {
            b[i] *= beta;
        }
        String name = edit.fresh(layer.bias().getName() + (convShape == null ? "_scaled" : "_channels"));
        edit.addInitializer(OnnxGraph.floatTensor(name, convShape == null ? OnnxGraph.dims(layer.bias()) : convShape, b));
        return name;
    }
}
