package org.inferscope.app.view;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import org.inferscope.engine.report.chart.AxisScale;
import org.inferscope.engine.report.chart.LineChartModel;

/**
 * A {@link LineChartModel} on screen as the SVG draws it: each curve solid in its colour with its points,
 * each 95% interval a whisker with caps, each guide a dashed line across the plot; the axes are the
 * SVG's (same range and ticks), and the legend names the curves in their colours, the guides, and the
 * whiskers.
 */
public final class LineChartView {
    private static final double CAP = 4;
    private final IntervalChart chart;
    private final ScaleAxis x = new ScaleAxis();
    private final ScaleAxis y = new ScaleAxis();
    private LineChartModel shown;

    public LineChartView(LineChartModel initial) {
        chart = new IntervalChart(x, y);
        chart.setId(initial.id());
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE);
        // room for the title, the axes and a legend of two or three lines: a split pane may not squeeze it further
        chart.setMinSize(240, 300);
        // the axes need not include zero, so a zero line would cut through the plot at an arbitrary place
        chart.setVerticalZeroLineVisible(false);
        chart.setHorizontalZeroLineVisible(false);
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
        x.setLabel(model.xAxis());
        y.setLabel(model.yAxis());
        double[] xr = model.xRange();
        AxisScale across = model.xScale();
        x.use(across);
        y.use(model.yScale());
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        if (!Double.isNaN(xr[0])) {
            model.guides().forEach(g -> all.add(guide(g, across.min(), across.max())));
        }
        model.lines().forEach(line -> all.add(curve(line)));
        chart.whiskers(model);
        chart.getData().setAll(all);
        chart.setLegendVisible(!model.lines().isEmpty());
        chart.refreshLegend();
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

    /** A dashed line across the plot without symbols. */
    private static XYChart.Series<Number, Number> guide(LineChartModel.Guide g, double from, double to) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(g.name());
        series.nodeProperty().addListener((obs, was, node) -> style(node, "-fx-stroke: " + g.colour()
                + "; -fx-stroke-width: 1.5px; -fx-stroke-dash-array: 6 4;"));
        for (double at : new double[] {from, to}) {
            XYChart.Data<Number, Number> data = new XYChart.Data<>(at, g.y());
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

    /** A line chart that also draws interval whiskers in its plot and a legend of its own. */
    private static final class IntervalChart extends LineChart<Number, Number> {
        private final List<Whisker> whiskers = new ArrayList<>();
        private final FlowPane legend = new FlowPane(16, 4);
        private LineChartModel model;

        private record Whisker(double x, double low, double high, Path path) {
        }

        IntervalChart(ScaleAxis x, ScaleAxis y) {
            super(x, y);
            legend.setAlignment(Pos.CENTER);
            legend.getStyleClass().add("chart-legend");
            // the chart asks the legend's width for its height: a long wrap length makes that the chart's
            // own width, so the rows it reserves are the rows the legend lays out (400 px wrapped sooner,
            // and the extra rows covered the axis title)
            legend.setPrefWrapLength(4000);
        }

        void whiskers(LineChartModel next) {
            model = next;
            whiskers.forEach(w -> getPlotChildren().remove(w.path()));
            whiskers.clear();
            for (LineChartModel.Line line : next.lines()) {
                for (LineChartModel.Point p : line.points()) {
                    if (p.hasInterval()) {
                        Path path = new Path();
                        path.setStroke(Color.web(line.colour()));
                        path.setStrokeWidth(1.5);
                        path.setMouseTransparent(true);
                        whiskers.add(new Whisker(p.x(), p.low(), p.high(), path));
                        getPlotChildren().add(path);
                    }
                }
            }
            requestChartLayout();
        }

        @Override
        protected void layoutPlotChildren() {
            super.layoutPlotChildren();
            for (Whisker w : whiskers) {
                double px = getXAxis().getDisplayPosition(w.x());
                double low = getYAxis().getDisplayPosition(w.low());
                double high = getYAxis().getDisplayPosition(w.high());
                w.path().getElements().setAll(new MoveTo(px, low), new LineTo(px, high),
                        new MoveTo(px - CAP, low), new LineTo(px + CAP, low),
                        new MoveTo(px - CAP, high), new LineTo(px + CAP, high));
                w.path().toFront();
            }
        }

        /** The curves in their own colours, the guides dashed, and what the whiskers are. */
        @Override
        protected void updateLegend() {
            if (legend != null) { // null while LineChart's own constructor runs
                refreshLegend();
            }
        }

        void refreshLegend() {
            legend.getChildren().clear();
            if (model != null) {
                model.lines().forEach(l -> legend.getChildren().add(entry(l.name(), l.colour(), false)));
                model.guides().forEach(g -> legend.getChildren().add(entry(g.name(), g.colour(), true)));
                if (!whiskers.isEmpty()) {
                    Label whisker = entry("95% confidence interval", null, false);
                    legend.getChildren().add(whisker);
                }
            }
            setLegend(legend);
        }

        private static Label entry(String name, String colour, boolean dashed) {
            Line stroke = colour == null ? new Line(0, 0, 0, 12) : new Line(0, 0, 18, 0);
            if (colour == null) {
                stroke.setStyle("-fx-stroke: -color-fg-muted;"); // a whisker in the theme's text colour
            } else {
                stroke.setStroke(Color.web(colour));
            }
            stroke.setStrokeWidth(dashed || colour == null ? 1.5 : 2.5);
            if (dashed) {
                stroke.getStrokeDashArray().addAll(5.0, 4.0);
            }
            Label label = new Label(name, stroke);
            label.setGraphicTextGap(6);
            return label;
        }
    }
}
