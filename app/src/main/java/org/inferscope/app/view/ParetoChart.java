package org.inferscope.app.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import org.inferscope.app.report.ComparisonChartModels;
import org.inferscope.engine.report.chart.ScatterChartModel;

/**
 * Quality against single-row p50 latency, a dot per configuration in its colour; the Pareto frontier
 * is a dashed line through ringed dots. A line chart, so that the frontier can be a series of its own.
 */
final class ParetoChart {
    // looked-up theme colours: the frontier reads on the light and the dark theme
    private static final String FRONTIER_LINE = "-fx-stroke: -color-fg-muted; -fx-stroke-width: 1.5px; -fx-stroke-dash-array: 6 4;";
    private static final String RING = "-fx-background-color: transparent; -fx-border-color: -color-fg-default; "
            + "-fx-border-width: 2px; -fx-border-radius: 9px; -fx-background-radius: 9px; -fx-padding: 9px;";
    private final ScaleAxis x = new ScaleAxis();
    private final ScaleAxis y = new ScaleAxis();
    private final LineChart<Number, Number> chart;
    private ScatterChartModel shown = ComparisonChartModels.scatter(List.of());

    ParetoChart() {
        chart = new LineChart<>(x, y);
        chart.setId(ComparisonChartModels.SCATTER_ID);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE);
        show(shown);
    }

    LineChart<Number, Number> node() {
        return chart;
    }

    ScatterChartModel model() {
        return shown;
    }

    void show(ScatterChartModel model) {
        shown = model;
        // the y axis' meaning goes into the title: a vertical label on a fixed-range axis overlapped its tick labels
        chart.setTitle(model.title() + ": " + model.yAxis());
        x.setLabel(model.xAxis());
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        all.add(series("Pareto frontier", model.frontier(), FRONTIER_LINE, p -> RING));
        for (ScatterChartModel.Point p : model.points()) {
            all.add(series(p.label(), List.of(p), "-fx-stroke: transparent;",
                    q -> "-fx-background-color: " + q.colour() + "; -fx-background-radius: 6px; -fx-padding: 6px;"));
        }
        chart.getData().setAll(all);
        // the same padded, round range as the SVG, so that no dot sits on the plot's edge
        x.use(model.xScale());
        y.use(model.yScale());
    }

    private static XYChart.Series<Number, Number> series(String name, List<ScatterChartModel.Point> points,
            String lineStyle, java.util.function.Function<ScatterChartModel.Point, String> symbolStyle) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        series.nodeProperty().addListener((obs, was, node) -> style(node, lineStyle));
        for (ScatterChartModel.Point p : points) {
            XYChart.Data<Number, Number> data = new XYChart.Data<>(p.x(), p.y());
            data.nodeProperty().addListener((obs, was, node) -> {
                style(node, symbolStyle.apply(p));
                if (node != null) {
                    Tooltip.install(node, new Tooltip(String.format(java.util.Locale.ROOT,
                            "%s%np50 %.1f µs, quality %.4f", p.label(), p.x(), p.y())));
                }
            });
            series.getData().add(data);
        }
        return series;
    }

    private static void style(Node node, String style) {
        if (node != null) {
            node.setStyle(style);
        }
    }
}
