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
}
