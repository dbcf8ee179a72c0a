package org.inferscope.app.report;

import org.inferscope.engine.report.chart.BarChartModel;
import org.inferscope.engine.report.chart.ChartModel;
import org.inferscope.engine.report.chart.ScatterChartModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.inferscope.app.viewmodel.ComparisonRow;
import org.inferscope.app.viewmodel.LatencyHistogram;
import org.inferscope.app.viewmodel.ParetoFrontier;

/** The comparison's charts as data: the window draws them with JavaFX, the exports as SVG. */
public final class ComparisonChartModels {

    /**
     * One bar chart of the comparison: each run's bars, category to value (NaN values are left out).
     *
     * @param logWhenSpread whether the axis turns logarithmic when the largest bar is {@link #LOG_RATIO} times the
     *                      smallest or more (latency: one p99 spike otherwise flattens every p50)
     */
    public record Measure(String id, String title, String unit, Function<ComparisonRow, Map<String, Double>> bars,
                          boolean logWhenSpread) {
        Measure(String id, String title, String unit, Function<ComparisonRow, Map<String, Double>> bars) {
            this(id, title, unit, bars, false);
        }
    }

    /** How widely bars must spread before a {@link Measure#logWhenSpread()} axis turns logarithmic. */
    public static final double LOG_RATIO = 10;

    /** The bar charts, in the order the window shows them. */
    public static final List<Measure> MEASURES = List.of(
            new Measure("latencyChart", "Single-row latency", "µs",
                    r -> ordered("p50", r.p50Micros(), "p99", r.p99Micros()), true),
            new Measure("throughputChart", "Throughput (largest batch)", "rows/s",
                    r -> Map.of("batch " + r.largestBatchSize(), r.rowsPerSecond())),
            new Measure("qualityChart", "Quality", "accuracy / MSE",
                    r -> Map.of(r.isClassification() ? "accuracy" : "MSE", r.quality())),
            new Measure("sizeChart", "Model file size", "KB",
                    r -> Map.of("size", r.variantBytes() / 1024.0)),
            new Measure("agreementChart", "Top-1 agreement", "fraction of rows",
                    r -> Map.of("top-1", r.top1Agreement())));

    public static final String SCATTER_ID = "paretoChart";

    private ComparisonChartModels() {
    }

    /** Every chart of the comparison: the bar charts, then quality against latency. */
    public static List<ChartModel> all(List<ComparisonRow> rows) {
        Collection<ComparisonRow> latest = latestPerConfiguration(rows);
        List<ChartModel> charts = new ArrayList<>();
        MEASURES.forEach(m -> charts.add(bars(m, latest)));
        charts.add(scatter(latest));
        return charts;
    }

    /** The last run of each configuration, in the order the configurations first ran. */
    public static Collection<ComparisonRow> latestPerConfiguration(List<ComparisonRow> rows) {
        Map<String, ComparisonRow> latest = new LinkedHashMap<>();
        rows.forEach(r -> latest.put(r.label(), r));
        return latest.values();
    }

    public static BarChartModel bars(Measure measure, Collection<ComparisonRow> latest) {
        List<BarChartModel.Series> series = new ArrayList<>();
        for (ComparisonRow row : latest) {
            Map<String, Double> values = new LinkedHashMap<>();
            measure.bars().apply(row).forEach((category, value) -> {
                if (!value.isNaN()) {
                    values.put(category, value);
                }
            });
            series.add(new BarChartModel.Series(row.label(), row.colour(), values));
        }
        BarChartModel chart = BarChartModel.of(measure.id(), measure.title(), "", measure.unit(), series);
        return measure.logWhenSpread() ? chart.logWhenSpread(LOG_RATIO) : chart;
    }

    /** Accuracy (or MSE) against single-row p50 latency, one point per configuration, with the Pareto frontier. */
    public static ScatterChartModel scatter(Collection<ComparisonRow> latest) {
        List<ComparisonRow> plotted = ParetoFrontier.comparable(List.copyOf(latest));
        boolean regression = !plotted.isEmpty() && !plotted.get(0).isClassification();
        String quality = regression ? "MSE" : "Accuracy";
        return new ScatterChartModel(SCATTER_ID, quality + " vs latency (Pareto frontier)",
                "single-row p50 latency (µs), lower is better",
                regression ? "MSE (↓ better)" : "accuracy (↑ better)",
                plotted.stream().map(ComparisonChartModels::point).toList(),
                ParetoFrontier.of(plotted).stream().map(ComparisonChartModels::point).toList());
    }

    /** The live latency distribution as bars, one per bin, labelled by the bin's lower edge. */
    public static BarChartModel histogram(LatencyHistogram histogram, String label, String colour) {
        List<LatencyHistogram.Bin> bins = histogram.bins();
        String format = "%.0f";
        if (bins.stream().map(b -> String.format(Locale.ROOT, "%.0f", b.fromMicros())).distinct().count() < bins.size()) {
            format = "%.2f"; // categories must be unique: bins narrower than 1 µs get decimals
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (LatencyHistogram.Bin bin : bins) {
            values.put(String.format(Locale.ROOT, format, bin.fromMicros()), (double) bin.count());
        }
        return BarChartModel.of("liveLatency", "Latency distribution (live)", "single-row latency (µs)", "calls",
                List.of(new BarChartModel.Series(label, colour, values)));
    }

    private static ScatterChartModel.Point point(ComparisonRow row) {
        return new ScatterChartModel.Point(row.label(), row.colour(), row.p50Micros(), row.quality());
    }

    private static Map<String, Double> ordered(String k1, double v1, String k2, double v2) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
