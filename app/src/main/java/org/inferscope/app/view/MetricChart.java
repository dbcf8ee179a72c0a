package org.inferscope.app.view;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;
import org.inferscope.engine.report.chart.BarChartModel;
import org.inferscope.app.report.ComparisonChartModels;

/** A bar chart of one measure: one series per configuration, in the configuration's colour. */
final class MetricChart {
    private final BarChart<String, Number> chart;
    private final ScaleAxis axis = new ScaleAxis();
    private final String unit;
    private BarChartModel shown;

    MetricChart(ComparisonChartModels.Measure measure) {
        unit = measure.unit();
        axis.setLabel(unit);
        chart = new BarChart<>(new CategoryAxis(), axis);
        chart.setId(measure.id());
        chart.setTitle(measure.title());
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(20);
        shown = BarChartModel.of(measure.id(), measure.title(), "", measure.unit(), java.util.List.of());
    }

    BarChart<String, Number> node() {
        return chart;
    }

    /** What the chart shows now, for the SVG export. */
    BarChartModel model() {
        return shown;
    }

    /** Redraws with the model's series (the latest run of each configuration). */
    void show(BarChartModel model) {
        shown = model;
        axis.use(model.scale());
        axis.setLabel(model.logScale() ? unit + " (log scale)" : unit);
        chart.getData().clear();
        for (BarChartModel.Series s : model.series()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(s.name());
            s.values().forEach((category, value) -> series.getData().add(bar(category, value, s.colour())));
            chart.getData().add(series);
        }
    }

    private static XYChart.Data<String, Number> bar(String category, double value, String colour) {
        XYChart.Data<String, Number> data = new XYChart.Data<>(category, value);
        data.nodeProperty().addListener((obs, was, node) -> {
            if (node != null) {
                node.setStyle("-fx-bar-fill: " + colour + ";");
            }
        });
        return data;
    }
}
