package org.inferscope.engine.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.inferscope.engine.report.chart.LineChartModel;
import org.inferscope.engine.report.chart.Palette;
import org.inferscope.engine.stats.ConfidenceInterval;
import org.inferscope.engine.stats.Percentiles;

/**
 * The deployment scenarios as charts: the window draws them, the command line writes them as SVG
 * ({@code --chart}), so both show the same picture.
 */
public final class ScenarioCharts {
    /** SingleStream's highest percentile drawn: one stall of the machine would flatten the rest. */
    public static final int SINGLE_STREAM_LAST = 95;

    private static final String BATCH_AXIS = "batch size (rows per call)";
    private static final Frame SINGLE_STREAM = new Frame("singleStreamChart",
            "SingleStream latency by percentile (p5 to p95)", "percentile of queries (%)", "latency (µs)");
    private static final Frame OFFLINE = new Frame("offlineChart", "Offline throughput by batch size", BATCH_AXIS,
            "throughput (rows/s)");
    private static final Frame SERVER = new Frame("serverChart", "Server latency by offered rate",
            "offered rate (queries/s, Poisson arrivals)", "latency with queueing (ms)");
    private static final Frame EDGE = new Frame("edgeChart", "Edge or cloud: end-to-end time per batch", BATCH_AXIS,
            "end-to-end time per batch (ms)");

    /** A chart's id, title and axis titles, before anything is measured and after. */
    private record Frame(String id, String title, String xAxis, String yAxis) {
        LineChartModel with(String y, List<LineChartModel.Line> lines, List<LineChartModel.Guide> guides) {
            return new LineChartModel(id, title, xAxis, y, lines, guides);
        }

        LineChartModel empty() {
            return with(yAxis, List.of(), List.of());
        }
    }

    private ScenarioCharts() {
    }

    /** The SingleStream chart before a run. */
    public static LineChartModel emptySingleStream() {
        return SINGLE_STREAM.empty();
    }

    /** The Offline chart before a run. */
    public static LineChartModel emptyOffline() {
        return OFFLINE.empty();
    }

    /** The Server chart before a search. */
    public static LineChartModel emptyServer() {
        return SERVER.empty();
    }

    /** The edge-or-cloud chart before a comparison. */
    public static LineChartModel emptyEdge() {
        return EDGE.empty();
    }

    /**
     * SingleStream latency at every fifth percentile to the 85th, then at each to the 95th, around the
     * metric, the p90 marked with its 95% interval and as a guide.
     */
    public static LineChartModel singleStream(LoadGenScenarios.SingleStream result, double[] latencyMicros) {
        double largest = latencyMicros.length == 0 ? 0 : Percentiles.of(latencyMicros, SINGLE_STREAM_LAST);
        double per = largest >= 10_000 ? 1000 : 1;
        String unit = per == 1 ? "µs" : "ms";
        List<LineChartModel.Point> curve = new ArrayList<>();
        for (int p = 5; latencyMicros.length > 0 && p <= SINGLE_STREAM_LAST; p += p < 85 ? 5 : 1) {
            curve.add(LineChartModel.Point.of(p, Percentiles.of(latencyMicros, p) / per));
        }
        ConfidenceInterval p90 = result.p90Micros();
        LineChartModel.Point marked = new LineChartModel.Point(90, p90.estimate() / per, p90.lower() / per,
                p90.upper() / per);
        return SINGLE_STREAM.with("latency (" + unit + ")", List.of(
                        new LineChartModel.Line("latency", Palette.colour(0), curve),
                        new LineChartModel.Line("p90 with 95% CI", Palette.colour(5), List.of(marked))),
                List.of(new LineChartModel.Guide("p90 " + LineChartModel.shortNumber(marked.y()) + " " + unit,
                        marked.y(), Palette.colour(5))));
    }

    /** Offline rows per second against batch size, each the median of its rounds with a 95% interval. */
    public static LineChartModel offline(LoadGenScenarios.Offline result) {
        List<LineChartModel.Point> points = result.rates().stream().map(r -> new LineChartModel.Point(r.batchSize(),
                r.rowsPerSecond().estimate(), r.rowsPerSecond().lower(), r.rowsPerSecond().upper())).toList();
        return OFFLINE.with(OFFLINE.yAxis(),
                List.of(new LineChartModel.Line("rows/s, median of rounds (95% CI)", Palette.colour(0), points)), List.of());
    }

    /** Server p99 and p50 against the offered rate, the bound across (the search gives no interval per trial). */
    public static LineChartModel server(ServerSearch search) {
        List<ServerTrial> byRate = search.trials().stream()
                .sorted(Comparator.comparingDouble(ServerTrial::ratePerSecond)).toList();
        double boundMillis = search.boundMicros() / 1000;
        return SERVER.with(SERVER.yAxis(), List.of(
                new LineChartModel.Line("p99", Palette.colour(0), byRate.stream().map(t -> LineChartModel.Point.of(
                        t.ratePerSecond(), t.p99Micros() / 1000)).toList()),
                new LineChartModel.Line("p50", Palette.colour(2), byRate.stream().map(t -> LineChartModel.Point.of(
                        t.ratePerSecond(), t.p50Micros() / 1000)).toList())),
                List.of(new LineChartModel.Guide("p99 bound " + LineChartModel.shortNumber(boundMillis) + " ms",
                        boundMillis, Palette.colour(5))));
    }

    /**
     * End-to-end time per batch, local against remote plus the network, and the remote's compute alone.
     *
     * @param local what ran locally, for the legend
     * @param remote what ran remotely
     */
    public static LineChartModel edge(List<EdgeOrCloud.Comparison> comparisons, String local, String localColour,
                                      String remote, String remoteColour) {
        return EDGE.with(EDGE.yAxis(), List.of(
                edgeLine(comparisons, "remote compute alone", "#999999", EdgeOrCloud.Comparison::remoteComputeMillis),
                edgeLine(comparisons, "remote + network: " + remote, remoteColour, EdgeOrCloud.Comparison::remoteTotalMillis),
                edgeLine(comparisons, "local: " + local, localColour, EdgeOrCloud.Comparison::localMillis)), List.of());
    }

    private static LineChartModel.Line edgeLine(List<EdgeOrCloud.Comparison> comparisons, String name, String colour,
                                                ToDoubleFunction<EdgeOrCloud.Comparison> millis) {
        return new LineChartModel.Line(name, colour, comparisons.stream().map(c -> LineChartModel.Point.of(c.batchSize(),
                millis.applyAsDouble(c))).toList());
    }
}
