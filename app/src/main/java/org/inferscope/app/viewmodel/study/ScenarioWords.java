package org.inferscope.app.viewmodel.study;

import java.util.Locale;
import org.inferscope.engine.report.Durations;
import org.inferscope.engine.report.chart.LineChartModel;
import org.inferscope.engine.stats.ConfidenceInterval;

/**
 * Numbers in the window's scenario sentences: latency through the engine's {@link Durations}, as the
 * command line writes it; rates and intervals in the window's words ("95% CI a to b").
 */
public final class ScenarioWords {
    private ScenarioWords() {
    }

    /** "850 µs (95% CI 820 to 870 µs)". */
    static String micros(ConfidenceInterval ci) {
        return Durations.micros(ci.estimate()) + " (95% CI " + Durations.micros(ci.lower()) + " to "
                + Durations.micros(ci.upper()) + ")";
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
}
