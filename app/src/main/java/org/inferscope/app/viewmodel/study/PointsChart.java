package org.inferscope.app.viewmodel.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.inferscope.engine.report.chart.LineChartModel;

/**
 * Quality against speed, a dot per configuration with its 95% accuracy interval as a whisker, the
 * frontier a line through its points from left to right, and guides (the accuracy the tuner must keep).
 * As a {@link LineChartModel}, one line per point, so the SVG export draws the same; the screen also
 * dashes the frontier, rings its points and marks the tuner's answer.
 *
 * @param model what is drawn, the frontier first
 * @param frontier the name of the frontier's line ("Frontier (accuracy, p50 latency, size)"), drawn when at
 *                 least two points are on it
 * @param onFrontier the names of the points on the frontier
 * @param highlighted the name of the point to single out (the tuner's answer), or ""
 */
public record PointsChart(LineChartModel model, String frontier, Set<String> onFrontier, String highlighted) {
    /** The frontier's colour in the SVG; the screen uses the theme's muted text colour. */
    public static final String FRONTIER_COLOUR = "#555555";

    public PointsChart {
        onFrontier = Set.copyOf(onFrontier);
        highlighted = highlighted == null ? "" : highlighted;
    }

    /**
     * A configuration on the chart; {@code low} and {@code high} are NaN without an interval; {@code size}
     * the model file's bytes.
     */
    record Dot(String name, String colour, double x, double y, double low, double high, long size,
               boolean onFrontier) {
        Dot onFrontier(boolean on) {
            return new Dot(name, colour, x, y, low, high, size, on);
        }
    }

    static PointsChart of(String id, String title, String xAxis, String yAxis, List<Dot> dots,
                          List<LineChartModel.Guide> guides, String highlighted, String frontierName) {
        List<Dot> shown = dots.stream().filter(d -> Double.isFinite(d.x()) && Double.isFinite(d.y())).toList();
        List<LineChartModel.Line> lines = new ArrayList<>();
        List<LineChartModel.Point> front = shown.stream().filter(Dot::onFrontier)
                .sorted(Comparator.comparingDouble(Dot::x)).map(d -> LineChartModel.Point.of(d.x(), d.y())).toList();
        if (front.size() > 1) {
            lines.add(new LineChartModel.Line(frontierName, FRONTIER_COLOUR, front));
        }
        for (Dot d : shown) {
            lines.add(new LineChartModel.Line(d.name(), d.colour(), List.of(new LineChartModel.Point(d.x(), d.y(),
                    d.low(), d.high()))));
        }
        Set<String> marked = new java.util.HashSet<>();
        shown.stream().filter(Dot::onFrontier).forEach(d -> marked.add(d.name()));
        return new PointsChart(new LineChartModel(id, title, xAxis, yAxis, lines, guides), frontierName,
                marked, highlighted);
    }

    /** Whether {@code line} is one point's (not the frontier). */
    public boolean isPoint(LineChartModel.Line line) {
        return !line.name().equals(frontier);
    }
}
