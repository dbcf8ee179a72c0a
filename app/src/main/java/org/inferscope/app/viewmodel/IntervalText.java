package org.inferscope.app.viewmodel;

import java.util.Locale;
import org.inferscope.engine.stats.ConfidenceInterval;
import org.inferscope.engine.stats.Verdict;

/** Numbers with their 95 % intervals, as the details panel writes them: "52.3 µs [50.1, 54.0]". */
final class IntervalText {
    private static final String MINUS = "\u2212";

    private IntervalText() {
    }

    /** A fraction as percent: "93.04% [91.20, 94.71]". */
    static String percent(ConfidenceInterval ci) {
        return format("%.2f%% [%.2f, %.2f]", ci.estimate() * 100, ci.lower() * 100, ci.upper() * 100);
    }

    /** Microseconds: "52.3 µs [50.1, 54.0]"; {@code signed} for a difference, "+1.2 µs [−0.4, 2.9]". */
    static String micros(ConfidenceInterval ci, boolean signed) {
        return number(ci.estimate(), signed) + " µs [" + number(ci.lower(), false) + ", " + number(ci.upper(), false) + "]";
    }

    /** Rows per second: "12,345 rows/s [12,001, 12,600]"; {@code signed} for a difference. */
    static String rate(ConfidenceInterval ci, boolean signed) {
        String estimate = format(signed ? "%+,.0f" : "%,.0f", ci.estimate());
        return minus(estimate) + " rows/s [" + minus(format("%,.0f", ci.lower())) + ", "
                + minus(format("%,.0f", ci.upper())) + "]";
    }

    /** What a latency or throughput verdict lets the user claim: "B is faster" only when the interval says so. */
    static String faster(Verdict verdict) {
        return switch (verdict) {
            case B_BETTER -> "B is faster";
            case A_BETTER -> "A is faster";
            case NO_SIGNIFICANT_DIFFERENCE -> verdict.words();
        };
    }

    /** What McNemar's verdict lets the user claim. */
    static String moreAccurate(Verdict verdict) {
        return switch (verdict) {
            case B_BETTER -> "B is more accurate";
            case A_BETTER -> "A is more accurate";
            case NO_SIGNIFICANT_DIFFERENCE -> verdict.words();
        };
    }

    private static String number(double v, boolean signed) {
        String pattern = Math.abs(v) >= 100 ? "%.0f" : "%.1f";
        return minus(format(signed ? pattern.replace("%", "%+") : pattern, v));
    }

    private static String minus(String number) {
        return number.replace("-", MINUS);
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
