package org.inferscope.app.view;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.inferscope.app.viewmodel.ComparisonRow;

/** A bar chart of one measure: one series per configuration, in the configuration's colour. */
final class MetricChart {
    private final BarChart<String, Number> chart;
    private final Function<ComparisonRow, Map<String, Double>> measure;

    /**
     * @param measure the bars of one run: category ("p50") to value; NaN values are left out
     */
    MetricChart(String id, String title, String unit, Function<ComparisonRow, Map<String, Double>> measure) {
        this.measure = measure;
        NumberAxis y = new NumberAxis();
        y.setLabel(unit);
        y.setForceZeroInRange(true);
        chart = new BarChart<>(new CategoryAxis(), y);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(20);
    }

    BarChart<String, Number> node() {
        return chart;
    }

    /** Redraws with the latest run of each configuration. */
    void show(Collection<ComparisonRow> latestPerConfiguration) {
        chart.getData().clear();
        for (ComparisonRow row : latestPerConfiguration) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(row.label());
            measure.apply(row).forEach((category, value) -> {
                if (!value.isNaN()) {
                    series.getData().add(bar(category, value, row));
                }
            });
            chart.getData().add(series);
        }
    }

    private static XYChart.Data<String, Number> bar(String category, double value, ComparisonRow row) {
        XYChart.Data<String, Number> data = new XYChart.Data<>(category, value);
        data.nodeProperty().addListener((obs, was, node) -> {
            if (node != null) {
                node.setStyle("-fx-bar-fill: " + row.colour() + ";");
            }
        });
        return data;
    }
}
