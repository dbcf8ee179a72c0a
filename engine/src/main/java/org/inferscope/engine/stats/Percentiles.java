package org.inferscope.engine.stats;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/** Sample percentiles with one definition everywhere (linear interpolation, R's type 7, as NumPy's default). */
public final class Percentiles {

    private Percentiles() {
    }

    /** The {@code percentile} (0..100) of the values; the array is not modified. */
    public static double of(double[] values, double percentile) {
        if (percentile == 0) {
            double min = Double.POSITIVE_INFINITY;
            for (double v : values) {
                min = Math.min(min, v);
            }
            return min;
        }
        return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(values, percentile);
    }

    /** Nanoseconds as microseconds, for latency samples. */
    public static double[] micros(long[] nanos) {
        double[] out = new double[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            out[i] = nanos[i] / 1_000.0;
        }
        return out;
    }
}
