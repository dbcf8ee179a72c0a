package org.inferscope.engine.report.chart;

/** What a chart shows, independent of how it is drawn (JavaFX on screen, SVG in a file). */
public sealed interface ChartModel permits BarChartModel, ScatterChartModel, LineChartModel {

    /** A short name usable as a file name ("latencyChart"). */
    String id();

    String title();
}
