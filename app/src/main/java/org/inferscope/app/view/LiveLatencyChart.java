package org.inferscope.app.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.inferscope.app.viewmodel.LatencyHistogram;
import org.inferscope.app.viewmodel.LiveRunState;

/** The single-row latency distribution of the running (or last) configuration, redrawn as the view model publishes it. */
final class LiveLatencyChart {
    private final BarChart<String, Number> chart;

    private final LiveRunState live;

    LiveLatencyChart(LiveRunState live) {
        this.live = live;
        CategoryAxis x = new CategoryAxis();
        x.setLabel("single-row latency (µs)");
        NumberAxis y = new NumberAxis();
        y.setLabel("calls");
        chart = new BarChart<>(x, y);
        chart.setId("liveLatency");
        chart.setTitle("Latency distribution (live)");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setBarGap(0);
        chart.setCategoryGap(1);
        live.histogramProperty().addListener((obs, was, h) -> show(h));
        show(live.histogramProperty().get());
    }

    BarChart<String, Number> node() {
        return chart;
    }

    private void show(LatencyHistogram histogram) {
        List<XYChart.Data<String, Number>> bars = new ArrayList<>();
        for (LatencyHistogram.Bin bin : histogram.bins()) {
            XYChart.Data<String, Number> bar =
                    new XYChart.Data<>(String.format(Locale.ROOT, "%.0f", bin.fromMicros()), bin.count());
            String colour = live.colourProperty().get();
            bar.nodeProperty().addListener((obs, was, node) -> {
                if (node != null) {
                    node.setStyle("-fx-bar-fill: " + colour + ";");
                }
            });
            bars.add(bar);
        }
        // categories must be unique: bins narrower than 1 µs get a decimal
        if (bars.stream().map(XYChart.Data::getXValue).distinct().count() < bars.size()) {
            for (int i = 0; i < bars.size(); i++) {
                LatencyHistogram.Bin bin = histogram.bins().get(i);
                bars.get(i).setXValue(String.format(Locale.ROOT, "%.2f", bin.fromMicros()));
            }
        }
        // a new series each time: BarChart fails (IndexOutOfBounds) when a series' categories change in place
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.getData().setAll(bars);
        chart.getData().setAll(List.of(series));
    }
}
