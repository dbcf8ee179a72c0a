package org.inferscope.app.viewmodel.study;

import java.util.Locale;
import org.inferscope.engine.report.chart.LineChartModel;
import org.inferscope.engine.stats.ConfidenceInterval;

/**
 * Numbers in the words the command line prints them with (its {@code Format} and {@code Intervals}),
 * copied here because the app does not depend on the CLI.
 */
public final class ScenarioWords {
    private ScenarioWords() {
    }

    /** "850 µs", "12.5 µs", "14.2 ms". */
    public static String micros(double us) {
        if (us >= 10_000) {
            return String.format(Locale.ROOT, "%.1f ms", us / 1000);
        }
        return String.format(Locale.ROOT, us >= 100 ? "%.0f µs" : "%.1f µs", us);
    }

    /** "850 µs (95% CI 820 to 870 µs)". */
    static String micros(ConfidenceInterval ci) {
        return micros(ci.estimate()) + " (95% CI " + micros(ci.lower()) + " to " + micros(ci.upper()) + ")";
    }

    /** "1,850". */
    static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    /** "12,400 rows/s (95% CI 12,100 to 12,650)". */
    static String rate(ConfidenceInterval ci) {
        return rate(ci.estimate()) + " rows/s (95% CI " + rate(ci.lower()) + " to " + rate(ci.upper()) + ")";
    }

    /** Milliseconds as typed or measured: "10", "0.25", "3.142". */
    static String millis(double ms) {
        return LineChartModel.shortNumber(ms) + " ms";
    }

    /** Latency in µs below 10 ms, else in ms, so that a chart's axis reads in small numbers. */
    record LatencyUnit(String name, double microsPer) {
        static LatencyUnit forLargest(double micros) {
            return micros >= 10_000 ? new LatencyUnit("ms", 1000) : new LatencyUnit("µs", 1);
        }

        double of(double micros) {
            return micros / microsPer;
        }
    }
}
