package org.inferscope.engine.report;

import java.util.Locale;

/** Times as the command line and the window both write them. */
public final class Durations {
    private Durations() {
    }

    /** Microseconds in a unit that keeps the number short: "12.5 µs", "850 µs", "14.2 ms". */
    public static String micros(double us) {
        if (us >= 10_000) {
            return String.format(Locale.ROOT, "%.1f ms", us / 1000);
        }
        return String.format(Locale.ROOT, us >= 100 ? "%.0f µs" : "%.1f µs", us);
    }
}
