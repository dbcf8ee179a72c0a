package org.inferscope.app.viewmodel.study;

import java.util.List;
import java.util.Locale;
import org.inferscope.engine.report.Durations;
import org.inferscope.engine.report.chart.LineChartModel;
import org.inferscope.engine.scenario.LoadGenScenarios;
import org.inferscope.engine.scenario.ScenarioCharts;
import org.inferscope.engine.stats.ConfidenceInterval;
import org.inferscope.engine.stats.Percentiles;

/**
 * SingleStream's answer: the 90th percentile latency with its 95% interval, the median beside it, and
 * every timed query for the distribution.
 *
 * @param configuration what was measured ("digits-mlp · FP32 on onnxruntime:cpu")
 * @param warmup untimed calls before the queries
 * @param result the engine's scenario result
 * @param latencyMicros every timed query, in call order
 */
public record SingleStreamOutcome(String configuration, int warmup, LoadGenScenarios.SingleStream result,
                                  double[] latencyMicros) implements ScenarioOutcome {

    @Override
    public String headline() {
        return "p90 latency " + ScenarioWords.micros(result.p90Micros()) + "; median "
                + Durations.micros(result.p50Micros().estimate()) + ".";
    }

    @Override
    public String setting() {
        return String.format(Locale.ROOT, "%s · %,d queries of one row, each issued when the previous one completed,"
                + " after %,d untimed calls", configuration, result.queries(), warmup);
    }

    /**
     * The latency at every fifth percentile to the 85th, then at each to the 95th, around the metric, the
     * p90 marked with its interval. The slowest few percent stay off the chart (the table names the slowest
     * query): one stall of the machine would flatten everything else.
     */
    @Override
    public LineChartModel chart() {
        return ScenarioCharts.singleStream(result, latencyMicros);
    }

    @Override
    public ScenarioTable table() {
        double slowest = Percentiles.of(latencyMicros, 100);
        return new ScenarioTable(List.of("Statistic", "Latency", "95% CI", "Queries"), List.of(
                cells("p90", result.p90Micros()), cells("p50 (median)", result.p50Micros()),
                List.of("slowest query", Durations.micros(slowest), "", queries())));
    }

    private List<String> cells(String name, ConfidenceInterval ci) {
        return List.of(name, Durations.micros(ci.estimate()), Durations.micros(ci.lower()) + " to "
                + Durations.micros(ci.upper()), queries());
    }

    private String queries() {
        return String.format(Locale.ROOT, "%,d", result.queries());
    }

    @Override
    public List<String> csvHeader() {
        return List.of("statistic", "estimate_us", "ci_low_us", "ci_high_us", "ci_level", "queries");
    }

    @Override
    public List<List<String>> csvRows() {
        return List.of(row("p90", result.p90Micros()), row("p50", result.p50Micros()));
    }

    private List<String> row(String name, ConfidenceInterval ci) {
        return List.of(name, ScenarioExport.number(ci.estimate()), ScenarioExport.number(ci.lower()),
                ScenarioExport.number(ci.upper()), ScenarioExport.number(ci.level()), Long.toString(result.queries()));
    }
}
