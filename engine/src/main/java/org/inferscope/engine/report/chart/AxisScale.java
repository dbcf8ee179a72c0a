package org.inferscope.engine.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A linear axis with "nice" ticks (1, 2 or 5 times a power of ten) covering {@code [min, max]}.
 *
 * @param min the axis' lowest value, a multiple of {@code step}
 * @param max the axis' highest value, a multiple of {@code step}
 * @param step the distance between ticks
 */
public record AxisScale(double min, double max, double step) implements ValueScale {
    private static final int TARGET_TICKS = 5;

    /** An axis over the data's range; a range of one value is widened so the value sits inside. */
    public static AxisScale covering(double low, double high) {
        if (!(high > low)) {
            double pad = low == 0 ? 1 : Math.abs(low) * 0.1;
            low -= pad;
            high += pad;
        }
        double step = niceStep((high - low) / TARGET_TICKS);
        return new AxisScale(Math.floor(low / step) * step, Math.ceil(high / step) * step, step);
    }

    /**
     * Like {@link #covering} over the data with a 5% margin either side; data that are never negative
     * (latencies, rates, noise levels) get no negative margin.
     */
    public static AxisScale padded(double low, double high) {
        double pad = (high - low) * 0.05;
        double from = low - pad;
        return covering(low >= 0 && from < 0 ? 0 : from, high + pad);
    }

    private static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    @Override
    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long n = Math.round((max - min) / step);
        for (long i = 0; i <= n; i++) {
            ticks.add(min + i * step);
        }
        return ticks;
    }

    @Override
    public double map(double value, double from, double to) {
        return from + (value - min) / (max - min) * (to - from);
    }

    @Override
    public double valueAt(double position, double from, double to) {
        return min + (position - from) / (to - from) * (max - min);
    }

    /** A tick's label with as many decimals as the step needs, thousands grouped. */
    @Override
    public String label(double value) {
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        double shown = Math.abs(value) < step * 1e-9 ? 0 : value; // no "-0"
        return String.format(Locale.ROOT, "%,." + decimals + "f", shown);
    }
}
