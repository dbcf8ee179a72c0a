package org.inferscope.plugins.onnxruntime.transform;

/** The fraction of stored weight values that are zero, whatever their element type. */
final class Sparsity {
    private Sparsity() {
    }

    static double ofFloats(float[] values) {
        long zeros = 0;
        for (float v : values) {
            zeros += v == 0f ? 1 : 0;
        }
        return values.length == 0 ? 0 : zeros / (double) values.length;
    }

    /** INT8 values with zero point 0, as every weight here is stored. */
    static double ofInt8(byte[] values) {
        long zeros = 0;
        for (byte v : values) {
            zeros += v == 0 ? 1 : 0;
        }
        return values.length == 0 ? 0 : zeros / (double) values.length;
    }
}
