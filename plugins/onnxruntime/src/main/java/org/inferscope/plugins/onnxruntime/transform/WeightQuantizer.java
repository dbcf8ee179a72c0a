package org.inferscope.plugins.onnxruntime.transform;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The arithmetic of storing weights in fewer bits: symmetric INT8 (zero point 0, range -127..127 or
 * -63..63, per tensor or per channel along one axis), INT32 biases for QDQ, IEEE half precision.
 */
final class WeightQuantizer {
    private WeightQuantizer() {
    }

    /**
     * Symmetric INT8 weights.
     *
     * @param values the INT8 values in the source layout
     * @param scales one scale per channel of {@code axis}, or one scale when per tensor
     * @param axis the channel axis, or -1 for one scale for the whole tensor
     */
    record Int8(byte[] values, float[] scales, int axis) {
        boolean perChannel() {
            return axis >= 0;
        }
    }

    /** Weights that are only dequantized back to FP32: the full signed range. */
    static final int FULL_RANGE = 127;
    /**
     * Weights that feed integer kernels: 7 bits. On x86 without VNNI, ONNX Runtime's U8S8 kernels use
     * VPMADDUBSW, which adds two u8*s8 products in 16 bits and saturates when both are near 255*127;
     * at most 255*63*2 = 32130 cannot overflow (ONNX Runtime's own tool calls this reduce_range).
     * Measured on the 64-48-32-10 test MLP, per-channel INT8 dynamic: max error 4.6% of the output
     * range with 127 levels, 1.2% with 63.
     */
    static final int REDUCED_RANGE = 63;

    /** Symmetric INT8 with values in -levels..levels. */
    static Int8 symmetric(float[] w, long[] dims, int axis, int levels) {
        int channels = axis < 0 ? 1 : (int) dims[axis];
        long stride = stride(dims, axis);
        float[] maxAbs = new float[channels];
        for (int i = 0; i < w.length; i++) {
            int c = channel(i, stride, channels);
            maxAbs[c] = Math.max(maxAbs[c], Math.abs(w[i]));
        }
        float[] scales = new float[channels];
        for (int c = 0; c < channels; c++) {
            scales[c] = maxAbs[c] > 0 ? maxAbs[c] / levels : 1f;
        }
        byte[] q = new byte[w.length];
        for (int i = 0; i < w.length; i++) {
            long r = Math.round(w[i] / scales[channel(i, stride, channels)]);
            q[i] = (byte) Math.max(-levels, Math.min(levels, r));
        }
        return new Int8(q, scales, axis);
    }

    /** What the INT8 values stand for, for error estimates. */
    static float[] dequantize(Int8 q, long[] dims) {
        int channels = q.scales().length;
        long stride = stride(dims, q.axis());
        float[] out = new float[q.values().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = q.values()[i] * q.scales()[channel(i, stride, channels)];
        }
        return out;
    }

    /** A [rows, cols] matrix transposed to [cols, rows]. */
    static float[] transpose(float[] m, int rows, int cols) {
        float[] t = new float[m.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t[c * rows + r] = m[r * cols + c];
            }
        }
        return t;
    }

    /** Biases as INT32 with scale {@code scales[c]} (activation scale times weight scale), little-endian. */
    static byte[] int32(float[] bias, float[] scales) {
        ByteBuffer out = ByteBuffer.allocate(bias.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < bias.length; i++) {
            float s = scales[scales.length == 1 ? 0 : i];
            long q = Math.round(bias[i] / s);
            out.putInt((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, q)));
        }
        return out.array();
    }

    /** IEEE 754 binary16 bits of {@code f}, rounded to nearest even (Java 17 has no Float.floatToFloat16). */
    static short toHalf(float f) {
        int bits = Float.floatToRawIntBits(f);
        int sign = (bits >>> 16) & 0x8000;
        int exp = (bits >>> 23) & 0xff;
        int mant = bits & 0x7fffff;
        if (exp == 0xff) {
            return (short) (sign | 0x7c00 | (mant != 0 ? 0x200 : 0));
        }
        int e = exp - 127 + 15;
        if (e >= 0x1f) {
            return (short) (sign | 0x7c00);
        }
        if (e <= 0) {
            if (e < -10) {
                return (short) sign;
            }
            mant |= 0x800000;
            int shift = 14 - e;
            int half = mant >> shift;
            int rest = mant & ((1 << shift) - 1);
            int mid = 1 << (shift - 1);
            half += (rest > mid || (rest == mid && (half & 1) != 0)) ? 1 : 0;
            return (short) (sign | half);
        }
        int half = (e << 10) | (mant >> 13);
        int rest = mant & 0x1fff;
        half += (rest > 0x1000 || (rest == 0x1000 && (half & 1) != 0)) ? 1 : 0;
        return (short) (sign | half);
    }

    private static long stride(long[] dims, int axis) {
        long s = 1;
        for (int d = axis + 1; axis >= 0 && d < dims.length; d++) {
            s *= dims[d];
        }
        return s;
    }

    private static int channel(int i, long stride, int channels) {
        return channels == 1 ? 0 : (int) ((i / stride) % channels);
    }
}
