package org.inferscope.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.bench.CancellationToken;
import org.inferscope.engine.report.Durations;
import org.inferscope.engine.scenario.PoissonServer;
import org.inferscope.engine.scenario.ScenarioCharts;
import org.inferscope.engine.scenario.ScenarioClock;
import org.inferscope.engine.scenario.ServerSearch;
import org.inferscope.engine.scenario.ServerTrial;
import org.inferscope.engine.scenario.ServingSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inferscope scenario server}. */
@Command(name = "server", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Single-row queries arrive as a Poisson process and one server answers them in order; latency runs"
                + " from arrival to answer, queueing included. Searches the highest rate whose p99 meets --p99-bound-ms"
                + " (or runs one --rate).")
final class ServerCommand implements Callable<Integer> {

    @Mixin
    ScenarioModelOptions options;

    @Option(names = "--p99-bound-ms", paramLabel = "MS", defaultValue = "10",
            description = "The p99 latency bound (default: ${DEFAULT-VALUE} ms).")
    double boundMillis;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "2000",
            description = "Queries per trial (default: ${DEFAULT-VALUE}; LoadGen's official runs use far more).")
    int queries;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "6", description = "Bisection steps (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--rate", paramLabel = "QPS", description = "Run one trial at this rate instead of searching.")
    Double rate;

    @Mixin
    ChartOption chart;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    private final CliContext context;

    ServerCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RunSpec spec = options.spec(List.of(1));
        long bound = (long) (boundMillis * 1e6);
        try (ServingSession serving = ServingSession.open(context.registry(), spec,
                context.datasets().load(options.data, spec.dataOptions()))) {
            PoissonServer server = new PoissonServer(ScenarioClock.SYSTEM, serving::serve, serving.rows(),
                    new CancellationToken());
            server.serviceNanos(Math.max(1, spec.warmup())); // warm-up, untimed
            if (rate != null) {
                ServerTrial t = server.trial(rate, queries, bound, spec.seed());
                print(json ? null : List.of(t), t);
                return InferScopeCli.OK;
            }
            ServerSearch s = ServerSearch.run(server, new ServerSearch.Settings(bound, queries, steps, spec.seed()));
            chart.writeIfAsked(ScenarioCharts.server(s));
            print(s.trials(), s);
            if (!json) {
                context.out().printf(Locale.ROOT, "Service     %s per query back to back%nAnswer      %s%n",
                        Durations.micros(s.serviceMicros()), s.verdict());
            }
        }
        return InferScopeCli.OK;
    }

    private void print(List<ServerTrial> trials, Object result) {
        if (json) {
            context.out().println(context.json().toJson(result));
            return;
        }
        TextTable t = new TextTable("  RATE (Q/S)", "ISSUED", "P50", "P99", "MEETS BOUND");
        trials.forEach(x -> t.row(String.format(Locale.ROOT, "  %,.0f", x.ratePerSecond()), x.issued(),
                Durations.micros(x.p50Micros()), Durations.micros(x.p99Micros()),
                x.meetsBound() ? "yes" : x.stoppedEarly() ? "no (stopped: >1% over)" : "no"));
        t.print(context.out());
    }
}
