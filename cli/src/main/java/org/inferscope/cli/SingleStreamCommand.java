package org.inferscope.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.bench.CancellationToken;
import org.inferscope.engine.bench.RunListener;
import org.inferscope.engine.scenario.LoadGenScenarios;
import org.inferscope.engine.scenario.ScenarioCharts;
import org.inferscope.engine.stats.Percentiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inferscope scenario single-stream}. */
@Command(name = "single-stream", mixinStandardHelpOptions = true, sortOptions = false,
        description = "One query of one row at a time, the next when the previous completes: the 90th percentile latency"
                + " over --iterations queries, with its 95%% interval.")
final class SingleStreamCommand implements Callable<Integer> {

    @Mixin
    ScenarioModelOptions options;

    @Mixin
    ChartOption chart;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    private final CliContext context;

    SingleStreamCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RunSpec spec = options.spec(List.of(1));
        List<Long> latencies = new java.util.ArrayList<>();
        RunListener collect = new RunListener() {
            @Override
            public void onLatencySample(long nanos) {
                latencies.add(nanos);
            }
        };
        LoadGenScenarios.SingleStream r = new LoadGenScenarios(options.measure.evaluation(context.registry()))
                .singleStream(spec, context.datasets().load(options.data, spec.dataOptions()), collect,
                        new CancellationToken());
        chart.writeIfAsked(ScenarioCharts.singleStream(r,
                Percentiles.micros(latencies.stream().mapToLong(Long::longValue).toArray())));
        if (json) {
            context.out().println(context.json().toJson(r));
        } else {
            context.out().printf(Locale.ROOT, "SingleStream  p90 %s   (p50 %s, %,d queries)%n", Intervals.micros(r.p90Micros()),
                    Intervals.micros(r.p50Micros()), r.queries());
        }
        return InferScopeCli.OK;
    }
}
