package org.inferscope.cli;

import java.util.Locale;
import org.inferscope.engine.report.Durations;
import org.inferscope.engine.stats.ConfidenceInterval;

/** Numbers with their 95 % intervals, for terminal tables. */
final class Intervals {
    private Intervals() {
    }

    static String percent(ConfidenceInterval ci) {
        return ci == null ? "-" : String.format(Locale.ROOT, "%.2f%% [%.2f, %.2f]", ci.estimate() * 100,
                ci.lower() * 100, ci.upper() * 100);
    }

    static String micros(ConfidenceInterval ci) {
        return ci == null ? "-" : Durations.micros(ci.estimate()) + " [" + number(ci.lower()) + ", " + number(ci.upper()) + "]";
    }

    static String rate(ConfidenceInterval ci) {
        return ci == null ? "-" : String.format(Locale.ROOT, "%,.0f [%,.0f, %,.0f]", ci.estimate(), ci.lower(), ci.upper());
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.1f", v);
    }

    static String duration(java.time.Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%dh %02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60) : s + " s";
    }
}
