package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Counts over a model's weights (initializers with two or more dimensions longer than 1). */
final class WeightStats {
    private static final int FLOAT = OnnxMl.TensorProto.DataType.FLOAT.getNumber();
    private static final int FLOAT16 = OnnxMl.TensorProto.DataType.FLOAT16.getNumber();
    private static final int INT8 = OnnxMl.TensorProto.DataType.INT8.getNumber();

    private WeightStats() {
    }

    /**
     * Fraction of weight-matrix elements that are exactly zero; 0 when there are none. FLOAT, FLOAT16
     * (±0) and INT8 weights count; INT8 weights here always have zero point 0, so a stored 0 is a zero
     * weight (quantization itself rounds the smallest weights to 0).
     */
    static double sparsity(OnnxMl.ModelProto model) {
        long zeros = 0;
        long total = 0;
        for (OnnxMl.TensorProto t : model.getGraph().getInitializerList()) {
            if (t.getDimsList().stream().filter(d -> d > 1).count() < 2) {
                continue; // vectors, also those shaped [M,1,1] to broadcast (per-channel scales, Conv biases)
            }
            long[] zt = count(t);
            zeros += zt[0];
            total += zt[1];
        }
        return total == 0 ? 0 : zeros / (double) total;
    }

    /** {zeros, total} of one tensor; {0, 0} for element types that are not weights. */
    private static long[] count(OnnxMl.TensorProto t) {
        long zeros = 0;
        if (t.getDataType() == FLOAT) {
            float[] v = OnnxGraph.floats(t);
            for (float f : v) {
                zeros += f == 0f ? 1 : 0;
            }
            return new long[] {zeros, v.length};
        }
        if (t.getDataType() == INT8) {
            byte[] v = t.getRawData().toByteArray();
            for (byte b : v) {
                zeros += b == 0 ? 1 : 0;
            }
            return new long[] {zeros, v.length};
        }
        if (t.getDataType() == FLOAT16) {
            ByteBuffer raw = t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            long n = raw.remaining() / 2;
            while (raw.hasRemaining()) {
                zeros += (raw.getShort() & 0x7fff) == 0 ? 1 : 0;
            }
            return new long[] {zeros, n};
        }
        return new long[] {0, 0};
    }
}
