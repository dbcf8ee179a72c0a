package org.inferscope.app;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * The gaps between JavaFX pulses, in an HdrHistogram: a gap well above the 16.7 ms of a 60 Hz pulse is
 * the FX thread stalling (layout, chart redraws, or work that should have been on the worker thread).
 * Single-threaded: only the FX thread records and reports.
 */
final class PulseGaps {
    private static final long MAX_NANOS = 60_000_000_000L;
    private final Histogram gaps = new Histogram(MAX_NANOS, 3);
    private long first = -1;
    private long last = -1;
    private long longest = -1;
    private String longestContext = "";
    private String lastContext = "";

    /** A pulse at {@code nanos}; the first only starts the clock. */
    void pulse(long nanos) {
        pulse(nanos, "");
    }

    /** A pulse, with what the window was doing (the run's phase), kept for the longest gap. */
    void pulse(long nanos, String context) {
        if (last >= 0) {
            long gap = Math.max(0, Math.min(MAX_NANOS, nanos - last));
            gaps.recordValue(gap);
            if (gap > longest) {
                longest = gap;
                longestContext = String.format(Locale.ROOT, "%.1f s to %.1f s in, from \"%s\" to \"%s\"",
                        (last - first) / 1e9, (nanos - first) / 1e9, lastContext, context);
            }
        } else {
            first = nanos;
        }
        last = nanos;
        lastContext = context;
    }

    long count() {
        return gaps.getTotalCount();
    }

    double percentileMillis(double percentile) {
        return gaps.getValueAtPercentile(percentile) / 1e6;
    }

    /** The longest gap, exact (the histogram keeps three significant digits). */
    double maxMillis() {
        return Math.max(0, longest) / 1e6;
    }

    /** "FX pulse gaps: 1234 pulses, p50 16.7 ms, p99 33.4 ms, p99.9 50.1 ms, max 80.2 ms (3.0 s to 3.1 s in, from "…" to "…")". */
    String report() {
        return String.format(Locale.ROOT, "FX pulse gaps: %d pulses, p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms (%s)",
                count(), percentileMillis(50), percentileMillis(99), percentileMillis(99.9), maxMillis(), longestContext);
    }
}
