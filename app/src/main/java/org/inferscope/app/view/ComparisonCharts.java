package org.inferscope.app.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.Chart;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.inferscope.app.viewmodel.ComparisonRow;
import org.inferscope.app.viewmodel.LiveRunState;

/** The comparison's charts in a grid: live latency, p50/p99, throughput, quality, size, agreement. */
final class ComparisonCharts extends GridPane {
    private final LiveLatencyChart live;
    private final List<MetricChart> metrics = List.of(
            new MetricChart("latencyChart", "Single-row latency", "µs",
                    r -> ordered("p50", r.p50Micros(), "p99", r.p99Micros())),
            new MetricChart("throughputChart", "Throughput at the largest batch", "rows/s",
                    r -> Map.of("batch " + r.largestBatchSize(), r.rowsPerSecond())),
            new MetricChart("qualityChart", "Quality", "accuracy / MSE",
                    r -> Map.of(r.isClassification() ? "accuracy" : "MSE", r.quality())),
            new MetricChart("sizeChart", "Model file size", "KB",
                    r -> Map.of("size", r.variantBytes() / 1024.0)),
            new MetricChart("agreementChart", "Top-1 agreement with the original", "fraction of rows",
                    r -> Map.of("top-1", r.top1Agreement())));

    ComparisonCharts(ObservableList<ComparisonRow> rows, LiveRunState liveState) {
        setHgap(6);
        setVgap(6);
        live = new LiveLatencyChart(liveState);
        List<Chart> all = charts();
        for (int i = 0; i < all.size(); i++) {
            add(all.get(i), i % 3, i / 3);
            all.get(i).setMinSize(200, 180);
        }
        for (int c = 0; c < 3; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100 / 3.0);
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
        }
        for (int r = 0; r < 2; r++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(row);
        }
        rows.addListener((ListChangeListener<ComparisonRow>) change -> show(rows));
        show(rows);
    }

    /** Every chart, the live one first: what "export chart" offers. */
    List<Chart> charts() {
        List<Chart> all = new java.util.ArrayList<>();
        all.add(live.node());
        metrics.forEach(m -> all.add(m.node()));
        return all;
    }

    private void show(ObservableList<ComparisonRow> rows) {
        Map<String, ComparisonRow> latest = new LinkedHashMap<>();
        rows.forEach(r -> latest.put(r.label(), r));
        metrics.forEach(m -> m.show(latest.values()));
    }

    private static Map<String, Double> ordered(String k1, double v1, String k2, double v2) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
