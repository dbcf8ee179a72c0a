package org.inferscope.plugins.onnxruntime.transform;

import java.nio.FloatBuffer;

/**
 * The values one activation took over the calibration rows: its minimum and maximum (first pass)
 * and, for percentile calibration, a histogram of |x| over [0, max |x|] (second pass, 4096 bins,
 * so the percentile is exact to 1/4096 of the largest magnitude).
 */
final class ActivationRange {
    private static final int BINS = 4096;
    private float min = Float.POSITIVE_INFINITY;
    private float max = Float.NEGATIVE_INFINITY;
    private long[] histogram;
    private float binWidth;
    private long count;

    void observe(FloatBuffer values) {
        while (values.hasRemaining()) {
            float v = values.get();
            if (v < min) {
                min = v;
            }
            if (v > max) {
                max = v;
            }
        }
    }

    /** Second pass: counts |x| into the histogram spanned by the first pass's range. */
    void observeMagnitudes(FloatBuffer values) {
        if (histogram == null) {
            histogram = new long[BINS];
            float maxAbs = Math.max(Math.abs(min), Math.abs(max));
            binWidth = maxAbs > 0 ? maxAbs / BINS : 1f;
        }
        while (values.hasRemaining()) {
            int bin = (int) (Math.abs(values.get()) / binWidth);
            histogram[Math.min(BINS - 1, bin)]++;
            count++;
        }
    }

    /** [lo, hi] from the minimum and maximum seen. */
    float[] minMax() {
        return min <= max ? new float[] {min, max} : new float[] {0f, 0f};
    }

    /**
     * [lo, hi] clipped to ±P, P the given percentile of |x| (upper edge of its bin), so that rare
     * outliers do not stretch the scale; one-sided ranges (after ReLU) stay one-sided.
     */
    float[] clipped(double percentile) {
        float[] mm = minMax();
        if (histogram == null || count == 0) {
            return mm;
        }
        long wanted = (long) Math.ceil(count * percentile / 100.0);
        long seen = 0;
        int bin = 0;
        while (bin < BINS - 1 && seen + histogram[bin] < wanted) {
            seen += histogram[bin++];
        }
        float p = (bin + 1) * binWidth;
        return new float[] {Math.max(mm[0], -p), Math.min(mm[1], p)};
    }
}
