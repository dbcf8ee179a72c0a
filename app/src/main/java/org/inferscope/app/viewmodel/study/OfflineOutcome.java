package org.inferscope.app.viewmodel.study;

import java.util.List;
import java.util.Locale;
import org.inferscope.engine.report.chart.LineChartModel;
import org.inferscope.engine.scenario.LoadGenScenarios;
import org.inferscope.engine.scenario.ScenarioCharts;

/**
 * Offline's answer: rows per second at each batch size tried (the median of its timed rounds, with a
 * bootstrap 95% interval), and the batch size that gives the most.
 *
 * @param configuration what was measured
 * @param rounds timed rounds per batch size
 * @param result the engine's scenario result
 */
public record OfflineOutcome(String configuration, int rounds, LoadGenScenarios.Offline result)
        implements ScenarioOutcome {

    @Override
    public String headline() {
        if (result.bestRowsPerSecond() == null) {
            return "No batch size was measured.";
        }
        return "Best throughput " + ScenarioWords.rate(result.bestRowsPerSecond()) + " at batch size "
                + result.bestBatchSize() + ".";
    }

    @Override
    public String setting() {
        return String.format(Locale.ROOT, "%s · all rows available at once · %d timed rounds per batch size, each"
                + " point their median", configuration, rounds);
    }

    @Override
    public LineChartModel chart() {
        return ScenarioCharts.offline(result);
    }

    @Override
    public ScenarioTable table() {
        return new ScenarioTable(List.of("Batch", "Rows/s", "95% CI", "Best"), result.rates().stream().map(r -> List.of(
                Integer.toString(r.batchSize()), ScenarioWords.rate(r.rowsPerSecond().estimate()),
                ScenarioWords.rate(r.rowsPerSecond().lower()) + " to " + ScenarioWords.rate(r.rowsPerSecond().upper()),
                r.batchSize() == result.bestBatchSize() ? "★ best" : "")).toList());
    }

    @Override
    public List<String> csvHeader() {
        return List.of("batch_size", "rows_per_second", "ci_low", "ci_high", "ci_level", "rounds", "best");
    }

    @Override
    public List<List<String>> csvRows() {
        return result.rates().stream().map(r -> List.of(Integer.toString(r.batchSize()),
                ScenarioExport.number(r.rowsPerSecond().estimate()), ScenarioExport.number(r.rowsPerSecond().lower()),
                ScenarioExport.number(r.rowsPerSecond().upper()), ScenarioExport.number(r.rowsPerSecond().level()),
                Long.toString(r.rowsPerSecond().samples()), Boolean.toString(r.batchSize() == result.bestBatchSize())))
                .toList();
    }
}
