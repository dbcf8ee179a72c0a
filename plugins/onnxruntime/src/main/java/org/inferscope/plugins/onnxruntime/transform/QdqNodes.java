package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import java.util.List;

/**
 * QuantizeLinear / DequantizeLinear pieces for the QDQ rewrites: INT8 weights with their
 * DequantizeLinear, INT32 biases, and UINT8 activation pairs.
 */
final class QdqNodes {
    private static final OnnxMl.TensorProto.DataType INT8 = OnnxMl.TensorProto.DataType.INT8;
    private static final OnnxMl.TensorProto.DataType UINT8 = OnnxMl.TensorProto.DataType.UINT8;
    private static final OnnxMl.TensorProto.DataType INT32 = OnnxMl.TensorProto.DataType.INT32;

    private QdqNodes() {
    }

    /** A UINT8 activation's scale and zero point. */
    record Activation(float scale, int zeroPoint) {
        /** From a range, widened to include 0 so that zero (padding, ReLU) is exact. */
        static Activation of(float lo, float hi) {
            float min = Math.min(0f, lo);
            float max = Math.max(0f, hi);
            float scale = max > min ? (max - min) / 255f : 1f;
            int zp = (int) Math.max(0, Math.min(255, Math.round(-min / scale)));
            return new Activation(scale, zp);
        }
    }

    /**
     * Stores the layer's weight as INT8 (times {@code multiplier}, e.g. Gemm's alpha) and adds its
     * DequantizeLinear before the layer; returns the quantized weight and the DequantizeLinear output.
     */
    static Dequantized weight(GraphEdit edit, WeightLayer layer, boolean perChannel, float multiplier, int levels) {
        long[] dims = OnnxGraph.dims(layer.weight());
        float[] w = OnnxGraph.floats(layer.weight());
        for (int i = 0; multiplier != 1f && i < w.length; i++) {
            w[i] *= multiplier;
        }
        WeightQuantizer.Int8 q = WeightQuantizer.symmetric(w, dims, perChannel ? layer.outputAxis() : -1, levels);
        String name = layer.weight().getName();
        String wq = edit.fresh(name + "_int8");
        edit.addInitializer(OnnxGraph.byteTensor(wq, INT8, dims, q.values()));
        String out = dequantize(edit, layer.node(), wq, q.scales(), INT8, q.axis());
        return new Dequantized(q, out);
    }

    record Dequantized(WeightQuantizer.Int8 weights, String output) {
    }

    /** Stores a bias as INT32 with scales {@code scaleX * scaleW[c]} and adds its DequantizeLinear. */
    static String bias(GraphEdit edit, WeightLayer layer, float[] bias, float scaleX, float[] scaleW) {
        float[] scales = new float[scaleW.length];
        for (int c = 0; c < scales.length; c++) {
            scales[c] = scaleX * scaleW[c];
        }
        String bq = edit.fresh(layer.bias().getName() + "_int32");
        edit.addInitializer(OnnxGraph.byteTensor(bq, INT32, new long[] {bias.length}, WeightQuantizer.int32(bias, scales)));
        return dequantize(edit, layer.node(), bq, scales, INT32, scales.length > 1 ? 0 : -1);
    }

    /** Q then DQ of {@code input}, writing {@code output}: the pair ONNX Runtime folds into integer kernels. */
    static List<OnnxMl.NodeProto> activationPair(GraphEdit edit, String input, String output, Activation a) {
        String scale = edit.fresh(output + "_scale");
        String zero = edit.fresh(output + "_zero_point");
        String q = edit.fresh(output + "_uint8");
        edit.addInitializer(OnnxGraph.floatTensor(scale, new long[0], new float[] {a.scale()}));
        edit.addInitializer(OnnxGraph.byteTensor(zero, UINT8, new long[0], new byte[] {(byte) a.zeroPoint()}));
        return List.of(
                Nodes.node("QuantizeLinear", edit.fresh(output + "_quantize"), List.of(input, scale, zero), List.of(q)),
                Nodes.node("DequantizeLinear", edit.fresh(output + "_dequantize"), List.of(q, scale, zero),
                        List.of(output)));
    }

    private static String dequantize(GraphEdit edit, OnnxMl.NodeProto before, String quantized, float[] scales,
                                     OnnxMl.TensorProto.DataType type, int axis) {
        long[] shape = axis >= 0 ? new long[] {scales.length} : new long[0];
        String scale = edit.fresh(quantized + "_scale");
        String zero = edit.fresh(quantized + "_zero_point");
        String out = edit.fresh(quantized + "_dequantized");
        edit.addInitializer(OnnxGraph.floatTensor(scale, shape, scales));
        int width = type == INT32 ? 4 : 1;
        edit.addInitializer(OnnxGraph.byteTensor(zero, type, shape, new byte[scales.length * width]));
        OnnxMl.NodeProto dq = axis >= 0
                ? Nodes.node("DequantizeLinear", out, List.of(quantized, scale, zero), List.of(out), Nodes.intAttr("axis", axis))
                : Nodes.node("DequantizeLinear", out, List.of(quantized, scale, zero), List.of(out));
        edit.insertBefore(before, List.of(dq));
        return out;
    }
}
