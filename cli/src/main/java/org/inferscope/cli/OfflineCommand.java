package org.inferscope.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.bench.CancellationToken;
import org.inferscope.engine.scenario.LoadGenScenarios;
import org.inferscope.engine.scenario.ScenarioCharts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inferscope scenario offline}. */
@Command(name = "offline", mixinStandardHelpOptions = true, sortOptions = false,
        description = "All rows available at once: the most rows per second over the batch sizes tried, each the median"
                + " of its timed rounds with a 95%% interval.")
final class OfflineCommand implements Callable<Integer> {

    @Mixin
    ScenarioModelOptions options;

    @Option(names = "--batch", paramLabel = "N", split = ",", defaultValue = "1,32,256,1024",
            description = "Batch sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> batches;

    @Mixin
    ChartOption chart;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    private final CliContext context;

    OfflineCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RunSpec spec = options.spec(batches);
        LoadGenScenarios.Offline r = new LoadGenScenarios(options.measure.evaluation(context.registry()))
                .offline(spec, context.datasets().load(options.data, spec.dataOptions()), null, new CancellationToken());
        chart.writeIfAsked(ScenarioCharts.offline(r));
        if (json) {
            context.out().println(context.json().toJson(r));
            return InferScopeCli.OK;
        }
        TextTable t = new TextTable("  BATCH", "ROWS/S [95% CI]", "BEST");
        r.rates().forEach(b -> t.row("  " + b.batchSize(), Intervals.rate(b.rowsPerSecond()),
                b.batchSize() == r.bestBatchSize() ? "*" : ""));
        t.print(context.out());
        return InferScopeCli.OK;
    }
}
