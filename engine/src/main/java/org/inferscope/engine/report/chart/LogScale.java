package org.inferscope.engine.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A base-10 logarithmic axis from one power of ten to another, with ticks at 1, 2 and 5 times each
 * power: for latencies whose p99 is tens of times their p50, where a linear axis flattens the p50s.
 *
 * @param lowExponent the axis starts at 10 to this power
 * @param highExponent the axis ends at 10 to this power, above {@code lowExponent}
 */
public record LogScale(int lowExponent, int highExponent) implements ValueScale {
    private static final double[] STEPS = {1, 2, 5};

    public LogScale {
        if (highExponent <= lowExponent) {
            throw new IllegalArgumentException("a log axis needs at least one decade: " + lowExponent + ".." + highExponent);
        }
    }

    /** The decades covering [{@code low}, {@code high}]; both must be above zero. */
    public static LogScale covering(double low, double high) {
        int from = (int) Math.floor(Math.log10(low));
        int to = (int) Math.ceil(Math.log10(high));
        return new LogScale(from, Math.max(to, from + 1));
    }

    /**
     * Whether values spread so widely that a log axis reads better: the largest is at least {@code ratio}
     * times the smallest, all above zero.
     */
    public static boolean suits(double smallest, double largest, double ratio) {
        return smallest > 0 && largest / smallest >= ratio;
    }

    @Override
    public double min() {
        return Math.pow(10, lowExponent);
    }

    @Override
    public double max() {
        return Math.pow(10, highExponent);
    }

    @Override
    public List<Double> ticks() {
        boolean many = highExponent - lowExponent > 3; // 1-2-5 over many decades crowds the axis: powers only
        List<Double> ticks = new ArrayList<>();
        for (int e = lowExponent; e <= highExponent; e++) {
            for (double step : STEPS) {
                double tick = step * Math.pow(10, e);
                if (tick <= max() * (1 + 1e-9) && (step == 1 || !many)) {
                    ticks.add(tick);
                }
            }
        }
        return ticks;
    }

    @Override
    public double map(double value, double from, double to) {
        double clamped = Math.max(value, min() * 1e-3); // zero and below sit just under the axis
        return from + (Math.log10(clamped) - lowExponent) / (highExponent - lowExponent) * (to - from);
    }

    @Override
    public double valueAt(double position, double from, double to) {
        return Math.pow(10, lowExponent + (position - from) / (to - from) * (highExponent - lowExponent));
    }

    @Override
    public String label(double value) {
        if (value >= 1) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return java.math.BigDecimal.valueOf(value).round(new java.math.MathContext(1)).stripTrailingZeros().toPlainString();
    }

    @Override
    public boolean logarithmic() {
        return true;
    }
}
