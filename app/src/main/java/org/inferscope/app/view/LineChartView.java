package org.inferscope.app.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import org.inferscope.engine.report.chart.LineChartModel;

/**
 * A {@link LineChartModel} on screen: each curve solid in its colour with its points, its 95% interval
 * as two thin dashed lines of the same colour either side, each guide a dashed line across the plot.
 */
public final class LineChartView {
    private final LineChart<Number, Number> chart;
    private LineChartModel shown;

    public LineChartView(LineChartModel initial) {
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        chart = new LineChart<>(x, y);
        chart.setId(initial.id());
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE);
        chart.setMinSize(240, 200);
        show(initial);
    }

    public LineChart<Number, Number> node() {
        return chart;
    }

    /** What the chart shows now, for the SVG export. */
    public LineChartModel model() {
        return shown;
    }

    public void show(LineChartModel model) {
        shown = model;
        chart.setTitle(model.title());
        chart.getXAxis().setLabel(model.xAxis());
        chart.getYAxis().setLabel(model.yAxis());
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        double[] xs = model.lines().stream().flatMap(l -> l.points().stream())
                .mapToDouble(LineChartModel.Point::x).toArray();
        for (LineChartModel.Guide g : model.guides()) {
            if (xs.length > 0) {
                double from = java.util.Arrays.stream(xs).min().getAsDouble();
                double to = java.util.Arrays.stream(xs).max().getAsDouble();
                all.add(edge(g.name(), List.of(new double[] {from, g.y()}, new double[] {to, g.y()}), g.colour(), 1.5));
            }
        }
        for (LineChartModel.Line line : model.lines()) {
            all.add(curve(line));
            List<double[]> low = new ArrayList<>();
            List<double[]> high = new ArrayList<>();
            line.points().stream().filter(LineChartModel.Point::hasInterval).forEach(p -> {
                low.add(new double[] {p.x(), p.low()});
                high.add(new double[] {p.x(), p.high()});
            });
            if (!low.isEmpty()) {
                all.add(edge(line.name() + " 95% CI low", low, line.colour(), 1));
                all.add(edge(line.name() + " 95% CI high", high, line.colour(), 1));
            }
        }
        chart.getData().setAll(all);
        chart.setLegendVisible(!model.lines().isEmpty());
    }

    private static XYChart.Series<Number, Number> curve(LineChartModel.Line line) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(line.name());
        series.nodeProperty().addListener((obs, was, node) -> style(node,
                "-fx-stroke: " + line.colour() + "; -fx-stroke-width: 2px;"));
        for (LineChartModel.Point p : line.points()) {
            XYChart.Data<Number, Number> data = new XYChart.Data<>(p.x(), p.y());
            data.nodeProperty().addListener((obs, was, node) -> {
                style(node, "-fx-background-color: " + line.colour() + "; -fx-background-radius: 4px; -fx-padding: 4px;");
                if (node != null) {
                    Tooltip.install(node, new Tooltip(LineChartModel.describe(line.name(), p)));
                }
            });
            series.getData().add(data);
        }
        return series;
    }

    /** A thin dashed line without symbols: an interval's edge or a guide. */
    private static XYChart.Series<Number, Number> edge(String name, List<double[]> points, String colour, double width) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        series.nodeProperty().addListener((obs, was, node) -> style(node, "-fx-stroke: " + colour
                + "; -fx-stroke-width: " + width + "px; -fx-stroke-dash-array: 5 4;"));
        for (double[] p : points) {
            XYChart.Data<Number, Number> data = new XYChart.Data<>(p[0], p[1]);
            data.nodeProperty().addListener((obs, was, node) -> style(node, "-fx-background-color: transparent;"
                    + " -fx-padding: 0;"));
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
