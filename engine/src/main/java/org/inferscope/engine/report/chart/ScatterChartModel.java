package org.inferscope.engine.report.chart;

import java.util.List;

/**
 * Points of two measures with the Pareto frontier through some of them.
 *
 * @param xAxis the horizontal axis' title, with its unit
 * @param yAxis the vertical axis' title, saying which direction is better
 * @param points one per configuration
 * @param frontier the points on the frontier, left to right (each is also in {@code points})
 */
public record ScatterChartModel(String id, String title, String xAxis, String yAxis, List<Point> points,
                                List<Point> frontier) implements ChartModel {

    public ScatterChartModel {
        points = List.copyOf(points);
        frontier = List.copyOf(frontier);
    }

    /** One configuration at ({@code x}, {@code y}), in its colour. */
    public record Point(String label, String colour, double x, double y) {
    }

    /** The horizontal axis of every drawing of this chart: padded and round over the points, 0 to 1 without. */
    public AxisScale xScale() {
        return scaleOver(points.stream().mapToDouble(Point::x).summaryStatistics());
    }

    /** The vertical axis, likewise. */
    public AxisScale yScale() {
        return scaleOver(points.stream().mapToDouble(Point::y).summaryStatistics());
    }

    private static AxisScale scaleOver(java.util.DoubleSummaryStatistics range) {
        return range.getCount() == 0 ? AxisScale.padded(0, 1) : AxisScale.padded(range.getMin(), range.getMax());
    }
}
