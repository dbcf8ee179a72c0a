package org.inferscope.app.viewmodel;

import java.util.Locale;

/**
 * How one run differs from the baseline run, in the table's delta columns: latency, throughput and
 * size as relative changes, accuracy in percentage points, MSE as a relative change.
 */
public record RunDeltas(Delta p50, Delta throughput, Delta quality, Delta size) {
    private static final String MINUS = "\u2212";

    /** Whether a change is good news; the table colours it. */
    public enum Verdict { BETTER, WORSE, SAME, NONE }

    /** One delta: its text ("+12.5%", "−0.4 pts", "baseline", "—") and verdict. */
    public record Delta(String text, Verdict verdict) {
        static final Delta BASELINE = new Delta("baseline", Verdict.NONE);
        static final Delta UNKNOWN = new Delta("—", Verdict.NONE);
    }

    /** The deltas of {@code row} against {@code baseline}; all "baseline" for the baseline itself. */
    public static RunDeltas of(ComparisonRow row, ComparisonRow baseline) {
        if (baseline == null) {
            return new RunDeltas(Delta.UNKNOWN, Delta.UNKNOWN, Delta.UNKNOWN, Delta.UNKNOWN);
        }
        if (row == baseline) {
            return new RunDeltas(Delta.BASELINE, Delta.BASELINE, Delta.BASELINE, Delta.BASELINE);
        }
        Delta quality = row.isClassification() != baseline.isClassification() ? Delta.UNKNOWN
                : row.isClassification() ? points(row.quality(), baseline.quality())
                : relative(row.quality(), baseline.quality(), false);
        return new RunDeltas(relative(row.p50Micros(), baseline.p50Micros(), false),
                relative(row.rowsPerSecond(), baseline.rowsPerSecond(), true), quality,
                relative(row.variantBytes(), baseline.variantBytes(), false));
    }

    /** The change in percent of the baseline; {@code higherIsBetter} decides the verdict. */
    static Delta relative(double value, double base, boolean higherIsBetter) {
        if (Double.isNaN(value) || Double.isNaN(base) || base == 0) {
            return Delta.UNKNOWN;
        }
        double percent = (value - base) / Math.abs(base) * 100;
        return signed(percent, "%", higherIsBetter);
    }

    /** An accuracy change in percentage points; higher is better. */
    static Delta points(double accuracy, double base) {
        if (Double.isNaN(accuracy) || Double.isNaN(base)) {
            return Delta.UNKNOWN;
        }
        return signed((accuracy - base) * 100, " pts", true);
    }

    private static Delta signed(double change, String unit, boolean higherIsBetter) {
        String magnitude = String.format(Locale.ROOT, "%.1f", Math.abs(change));
        if (magnitude.equals("0.0")) {
            return new Delta("±0" + unit, Verdict.SAME);
        }
        boolean up = change > 0;
        return new Delta((up ? "+" : MINUS) + magnitude + unit, up == higherIsBetter ? Verdict.BETTER : Verdict.WORSE);
    }
}
