package org.inferscope.app.viewmodel.study;

import java.util.List;
import java.util.Locale;
import org.inferscope.engine.report.Durations;
import org.inferscope.engine.report.chart.LineChartModel;
import org.inferscope.engine.scenario.ScenarioCharts;
import org.inferscope.engine.scenario.ServerSearch;
import org.inferscope.engine.scenario.ServerTrial;

/**
 * Server's answer: every trial of the rate search and the highest Poisson arrival rate whose p99
 * latency met the bound.
 *
 * @param configuration what was measured
 * @param boundMillis the p99 latency bound as typed
 * @param steps bisection steps asked for
 * @param search the engine's search, with its trials and verdict
 */
public record ServerOutcome(String configuration, double boundMillis, int queriesPerTrial, int steps,
                            ServerSearch search) implements ScenarioOutcome {

    @Override
    public String headline() {
        String bound = "p99 ≤ " + ScenarioWords.millis(boundMillis);
        Double best = search.maxRatePerSecond();
        if (best == null) {
            double lowest = search.trials().stream().mapToDouble(ServerTrial::ratePerSecond).min().orElse(0);
            return String.format(Locale.ROOT, "No rate tried meets %s, down to %s queries/s: one query alone takes"
                    + " about %s.", bound, ScenarioWords.rate(lowest), Durations.micros(search.serviceMicros()));
        }
        boolean anyFailed = search.trials().stream().anyMatch(t -> !t.meetsBound());
        return "Highest rate meeting " + bound + ": " + (anyFailed ? "" : "at least ") + ScenarioWords.rate(best)
                + " queries/s" + (anyFailed ? "." : " (every rate tried met it).");
    }

    @Override
    public String setting() {
        return String.format(Locale.ROOT, "%s · single-row queries arrive as a Poisson process and one server answers"
                + " them in order · %,d queries per trial, %d bisection steps · one query back to back takes %s"
                + " (%s queries/s)", configuration, queriesPerTrial, steps, Durations.micros(search.serviceMicros()),
                ScenarioWords.rate(1e6 / search.serviceMicros()));
    }

    /** The trials in the order they ran; "stopped early": more than 1% of its queries had exceeded the bound. */
    @Override
    public ScenarioTable table() {
        return new ScenarioTable(List.of("Rate (q/s)", "Issued", "p50", "p99", "Meets bound"),
                search.trials().stream().map(t -> List.of(ScenarioWords.rate(t.ratePerSecond()),
                        String.format(Locale.ROOT, "%,d of %,d", t.issued(), t.queries()),
                        Durations.micros(t.p50Micros()), Durations.micros(t.p99Micros()), t.meetsBound()
                                ? "✓ yes" : t.stoppedEarly() ? "✗ no, stopped early" : "✗ no")).toList());
    }

    /** p99 and p50 against the offered rate, the bound across; the engine gives no interval per trial. */
    @Override
    public LineChartModel chart() {
        return ScenarioCharts.server(search);
    }

    @Override
    public List<String> csvHeader() {
        return List.of("rate_per_second", "queries", "issued", "p50_us", "p99_us", "meets_bound", "stopped_early");
    }

    @Override
    public List<List<String>> csvRows() {
        return search.trials().stream().map(t -> List.of(ScenarioExport.number(t.ratePerSecond()),
                Integer.toString(t.queries()), Integer.toString(t.issued()), ScenarioExport.number(t.p50Micros()),
                ScenarioExport.number(t.p99Micros()), Boolean.toString(t.meetsBound()),
                Boolean.toString(t.stoppedEarly()))).toList();
    }
}
