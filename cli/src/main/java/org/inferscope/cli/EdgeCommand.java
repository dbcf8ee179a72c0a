package org.inferscope.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.report.chart.Palette;
import org.inferscope.engine.scenario.EdgeOrCloud;
import org.inferscope.engine.scenario.ScenarioCharts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inferscope scenario edge}. */
@Command(name = "edge", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Edge or cloud: the remote device's measured time plus the network round trip and the transfer of"
                + " request and response, against the local device's measured time, per batch size. Both results come"
                + " from 'eval --out' (run eval on the remote machine and copy the JSON here).")
final class EdgeCommand implements Callable<Integer> {

    @Option(names = "--local", paramLabel = "FILE", required = true, description = "eval result of the local device.")
    Path local;

    @Option(names = "--remote", paramLabel = "FILE", required = true, description = "eval result of the remote device.")
    Path remote;

    @Option(names = "--rtt-ms", paramLabel = "MS", defaultValue = "20", description = "Network round trip (default: ${DEFAULT-VALUE}).")
    double rttMillis;

    @Option(names = "--bandwidth-mbps", paramLabel = "MBIT", defaultValue = "100",
            description = "Network bandwidth in Mbit/s (default: ${DEFAULT-VALUE}).")
    double bandwidth;

    @Option(names = "--request-bytes", paramLabel = "N", description = "Bytes sent per row (default: 4 per feature).")
    Long requestBytes;

    @Option(names = "--response-bytes", paramLabel = "N", description = "Bytes returned per row (default: 4 per class, or 4).")
    Long responseBytes;

    @Mixin
    ChartOption chart;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    private final CliContext context;

    EdgeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RunResult l = context.json().read(local);
        RunResult r = context.json().read(remote);
        long request = requestBytes != null ? requestBytes : 4L * l.dataset().columns();
        long response = responseBytes != null ? responseBytes : 4L * Math.max(1, l.dataset().classNames().size());
        List<EdgeOrCloud.Comparison> rows = EdgeOrCloud.compare(l, r, new EdgeOrCloud.Link(rttMillis, bandwidth), request,
                response);
        chart.writeIfAsked(ScenarioCharts.edge(rows, local.getFileName().toString(), Palette.colour(0),
                remote.getFileName().toString(), Palette.colour(1)));
        if (json) {
            context.out().println(context.json().toJson(rows));
            return InferScopeCli.OK;
        }
        TextTable t = new TextTable("  BATCH", "LOCAL", "REMOTE COMPUTE", "TRANSFER", "ROUND TRIP", "REMOTE TOTAL", "FASTER",
                "REMOTE WINS BELOW RTT");
        for (EdgeOrCloud.Comparison c : rows) {
            t.row("  " + c.batchSize(), ms(c.localMillis()), ms(c.remoteComputeMillis()), ms(c.transferMillis()),
                    ms(c.roundTripMillis()), ms(c.remoteTotalMillis()), c.faster(),
                    c.breakEvenRoundTripMillis() > 0 ? ms(c.breakEvenRoundTripMillis()) : "never");
        }
        t.print(context.out());
        context.out().printf(Locale.ROOT, "Link        %.1f ms round trip, %.0f Mbit/s; %d bytes up and %d down per row%n",
                rttMillis, bandwidth, request, response);
        return InferScopeCli.OK;
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.3f ms", millis);
    }
}
