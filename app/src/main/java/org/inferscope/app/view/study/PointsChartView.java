package org.inferscope.app.view.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Line;
import org.inferscope.app.view.ScaleAxis;
import org.inferscope.engine.report.chart.LineChartModel;
import org.inferscope.app.viewmodel.study.PointsChart;

/**
 * A {@link PointsChart} on screen: a dot per configuration in its colour with its 95% accuracy interval
 * as a capped whisker, frontier points ringed and joined by a dashed line, the tuner's answer in a wide
 * vermillion ring, guides dashed across. Hover a dot for its numbers.
 */
final class PointsChartView {
    private static final String FRONTIER_LINE = "-fx-stroke: -color-fg-muted; -fx-stroke-width: 1.5px;"
            + " -fx-stroke-dash-array: 6 4;";
    private static final String NO_SYMBOL = "-fx-background-color: transparent; -fx-padding: 0;";
    private final ScaleAxis x = new ScaleAxis();
    private final ScaleAxis y = new ScaleAxis();
    private final WhiskerChart chart;
    private PointsChart shown;

    PointsChartView(PointsChart initial) {
        chart = new WhiskerChart(x, y);
        chart.setId(initial.model().id());
        show(initial);
    }

    LineChart<Number, Number> node() {
        return chart;
    }

    /** What the chart shows now, for the SVG export. */
    LineChartModel model() {
        return shown.model();
    }

    void show(PointsChart c) {
        shown = c;
        LineChartModel m = c.model();
        chart.setTitle(m.title());
        x.setLabel(m.xAxis());
        y.setLabel(m.yAxis());
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        List<Whisker> whiskers = new ArrayList<>();
        double[] xRange = m.xRange();
        for (LineChartModel.Guide g : m.guides()) {
            if (!Double.isNaN(xRange[0])) {
                all.add(series(g.name(), List.of(LineChartModel.Point.of(xRange[0], g.y()),
                        LineChartModel.Point.of(xRange[1], g.y())),
                        "-fx-stroke: " + g.colour() + "; -fx-stroke-width: 1.5px; -fx-stroke-dash-array: 8 5;",
                        p -> NO_SYMBOL, null));
            }
        }
        for (LineChartModel.Line line : m.lines()) {
            if (!c.isPoint(line)) {
                all.add(series(line.name(), line.points(), FRONTIER_LINE, p -> NO_SYMBOL, null));
                continue;
            }
            String symbol = symbol(line.colour(), c.onFrontier().contains(line.name()), line.name().equals(c.highlighted()));
            all.add(series(line.name(), line.points(), "-fx-stroke: transparent;", p -> symbol,
                    p -> tooltip(line.name(), p, m)));
            line.points().stream().filter(LineChartModel.Point::hasInterval)
                    .forEach(p -> whiskers.add(new Whisker(p.x(), p.low(), p.high(), line.colour())));
        }
        chart.getData().setAll(all);
        chart.setWhiskers(whiskers);
        chart.setLegendVisible(false);
        // the SVG's range and ticks (LineChartSvg): padded and round, so that no dot sits on the plot's edge
        x.use(m.xScale());
        y.use(m.yScale());
    }

    private static String symbol(String colour, boolean onFrontier, boolean highlighted) {
        String dot = "-fx-background-color: " + colour + "; -fx-background-radius: 8px; -fx-border-radius: 8px;";
        if (highlighted) {
            return dot + " -fx-border-color: #D55E00; -fx-border-width: 3px; -fx-padding: 8px;";
        }
        if (onFrontier) {
            return dot + " -fx-border-color: -color-fg-default; -fx-border-width: 2px; -fx-padding: 6px;";
        }
        return dot + " -fx-padding: 5px;";
    }

    private static String tooltip(String name, LineChartModel.Point p, LineChartModel m) {
        String interval = p.hasInterval() ? String.format(Locale.ROOT, " [%s, %s]", LineChartModel.shortNumber(p.low()),
                LineChartModel.shortNumber(p.high())) : "";
        return name + "\n" + m.yAxis() + ": " + LineChartModel.shortNumber(p.y()) + interval + "\n" + m.xAxis() + ": "
                + LineChartModel.shortNumber(p.x());
    }

    private static XYChart.Series<Number, Number> series(String name, List<LineChartModel.Point> points, String lineStyle,
            java.util.function.Function<LineChartModel.Point, String> symbolStyle,
            java.util.function.Function<LineChartModel.Point, String> tooltip) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        series.nodeProperty().addListener((obs, was, node) -> style(node, lineStyle));
        for (LineChartModel.Point p : points) {
            XYChart.Data<Number, Number> data = new XYChart.Data<>(p.x(), p.y());
            data.nodeProperty().addListener((obs, was, node) -> {
                style(node, symbolStyle.apply(p));
                if (node != null && tooltip != null) {
                    Tooltip.install(node, new Tooltip(tooltip.apply(p)));
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

    /** A vertical interval at {@code x} from {@code low} to {@code high}, in data units. */
    private record Whisker(double x, double low, double high, String colour) {
    }

    /** A line chart that also draws capped whiskers behind its symbols, placed whenever the plot is laid out. */
    private static final class WhiskerChart extends LineChart<Number, Number> {
        private static final double CAP = 4;
        private final List<Whisker> whiskers = new ArrayList<>();
        private final List<Line[]> drawn = new ArrayList<>();

        WhiskerChart(ScaleAxis x, ScaleAxis y) {
            super(x, y);
            setAnimated(false);
            setAxisSortingPolicy(LineChart.SortingPolicy.NONE);
            setMinSize(280, 220);
        }

        void setWhiskers(List<Whisker> all) {
            drawn.forEach(lines -> getPlotChildren().removeAll(lines));
            drawn.clear();
            whiskers.clear();
            whiskers.addAll(all);
            for (Whisker w : all) {
                Line[] lines = {new Line(), new Line(), new Line()};
                for (Line l : lines) {
                    l.setStyle("-fx-stroke: " + w.colour() + "; -fx-stroke-width: 1.5px;");
                    l.setMouseTransparent(true);
                }
                drawn.add(lines);
                getPlotChildren().addAll(0, List.of(lines));
            }
            requestChartLayout();
        }

        @Override
        protected void layoutPlotChildren() {
            super.layoutPlotChildren();
            for (int i = 0; i < whiskers.size(); i++) {
                Whisker w = whiskers.get(i);
                double x = getXAxis().getDisplayPosition(w.x());
                double low = getYAxis().getDisplayPosition(w.low());
                double high = getYAxis().getDisplayPosition(w.high());
                Line[] l = drawn.get(i);
                place(l[0], x, low, x, high);
                place(l[1], x - CAP, low, x + CAP, low);
                place(l[2], x - CAP, high, x + CAP, high);
            }
        }

        private static void place(Line line, double x1, double y1, double x2, double y2) {
            line.setStartX(x1);
            line.setStartY(y1);
            line.setEndX(x2);
            line.setEndY(y2);
        }
    }
}
