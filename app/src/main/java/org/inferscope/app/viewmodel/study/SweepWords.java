package org.inferscope.app.viewmodel.study;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inferscope.app.viewmodel.ConfigurationLabel;
import org.inferscope.engine.stats.ConfidenceInterval;
import org.inferscope.engine.sweep.SweepConfiguration;

/**
 * How the sweep and the tuner name configurations, times and numbers with their 95% intervals, in the
 * workbench's words ("INT8 dynamic · 50% structured · batch 64") and the command line's formats
 * ("97.77% [97.05, 98.44]").
 */
public final class SweepWords {
    private SweepWords() {
    }

    /** "INT8 dynamic · 50% structured": the model variant, without the batch size or device. */
    public static String variant(SweepConfiguration c) {
        String precision = ConfigurationLabel.precisionName(c.precision());
        if (c.sparsity() <= 0) {
            return precision;
        }
        return precision + " · " + Math.round(c.sparsity() * 100) + "% " + (c.structured() ? "structured" : "sparse");
    }

    /** "INT8 dynamic · 50% structured · batch 64", then the device when {@code withDevice}. */
    public static String label(SweepConfiguration c, boolean withDevice) {
        List<String> parts = new ArrayList<>(List.of(variant(c), "batch " + c.batchSize()));
        if (withDevice && c.device() != null) {
            parts.add(c.device());
        }
        return String.join(" · ", parts);
    }

    /** "40 s", "2 min", "1 h 05 min": an estimate, so rounded to what matters. */
    public static String duration(Duration d) {
        long s = Math.max(0, Math.round(d.toMillis() / 1000.0));
        if (s < 60) {
            return s + " s";
        }
        long minutes = Math.round(s / 60.0);
        return minutes < 60 ? minutes + " min" : String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60);
    }

    /** "97.77% [97.05, 98.44]", or "-" without an interval. */
    public static String percent(ConfidenceInterval ci) {
        return ci == null ? "-" : String.format(Locale.ROOT, "%.2f%% [%.2f, %.2f]", ci.estimate() * 100,
                ci.lower() * 100, ci.upper() * 100);
    }

    /** "81.2 µs [79.9, 83.0]". */
    public static String micros(ConfidenceInterval ci) {
        return ci == null ? "-" : number(ci.estimate()) + " µs [" + number(ci.lower()) + ", " + number(ci.upper()) + "]";
    }

    /** "116,811 [98,900, 129,369]" rows per second. */
    public static String rate(ConfidenceInterval ci) {
        return ci == null ? "-" : String.format(Locale.ROOT, "%,.0f [%,.0f, %,.0f]", ci.estimate(), ci.lower(),
                ci.upper());
    }

    /** "12.5 KB", or "-" when unknown (negative). */
    public static String kilobytes(long bytes) {
        return bytes < 0 ? "-" : String.format(Locale.ROOT, "%,.1f KB", bytes / 1024.0);
    }

    /** "412 MB", or "-" when unknown (negative). */
    public static String megabytes(long bytes) {
        return bytes < 0 ? "-" : String.format(Locale.ROOT, "%,.0f MB", bytes / (1024.0 * 1024.0));
    }

    /** A value with one decimal under 100 and none above, as the command line prints latencies. */
    static String number(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%,.0f" : "%.1f", v);
    }

    /** "1", "0.5": a number typed by the user, without a needless ".0". */
    static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
