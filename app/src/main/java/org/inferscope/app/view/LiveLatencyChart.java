package org.inferscope.app.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.inferscope.engine.report.chart.BarChartModel;
import org.inferscope.app.report.ComparisonChartModels;
import org.inferscope.app.viewmodel.LatencyHistogram;
import org.inferscope.app.viewmodel.LiveRunState;

/** The single-row latency distribution of the running (or last) configuration, redrawn as the view model publishes it. */
final class LiveLatencyChart {
    private final BarChart<String, Number> chart;
    private final LiveRunState live;
    // the run's label is cleared when it ends, but the histogram (and its export) stays
    private String lastLabel = "";

    LiveLatencyChart(LiveRunState live) {
        this.live = live;
        CategoryAxis x = new CategoryAxis();
        x.setLabel("latency (µs)");
        NumberAxis y = new NumberAxis();
        y.setLabel("calls");
        chart = new BarChart<>(x, y);
        chart.setId("liveLatency");
        chart.setTitle("Latency distribution (live)");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setBarGap(0);
        chart.setCategoryGap(1);
        live.runLabelProperty().addListener((obs, was, label) -> lastLabel = label.isEmpty() ? lastLabel : label);
        live.histogramProperty().addListener((obs, was, h) -> show(h));
        show(live.histogramProperty().get());
    }

    BarChart<String, Number> node() {
        return chart;
    }

    /** What the chart shows now, for the SVG export. */
    BarChartModel model() {
        return ComparisonChartModels.histogram(live.histogramProperty().get(), lastLabel, live.colourProperty().get());
    }

    private void show(LatencyHistogram histogram) {
        List<XYChart.Data<String, Number>> bars = new ArrayList<>();
        String colour = live.colourProperty().get();
        ComparisonChartModels.histogram(histogram, "", colour).series().get(0).values().forEach((bin, count) -> {
            XYChart.Data<String, Number> bar = new XYChart.Data<>(bin, count);
            bar.nodeProperty().addListener((obs, was, node) -> {
                if (node != null) {
                    node.setStyle("-fx-bar-fill: " + colour + ";");
                }
            });
            bars.add(bar);
        });
        // a new series each time: BarChart fails (IndexOutOfBounds) when a series' categories change in place
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.getData().setAll(bars);
        chart.getData().setAll(List.of(series));
    }
}
