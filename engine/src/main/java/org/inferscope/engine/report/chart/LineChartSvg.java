package org.inferscope.engine.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link LineChartModel}: each curve a solid line through its points, each interval a whisker
 * with caps, each guide a dashed line across the plot.
 */
final class LineChartSvg {
    private static final double PLOT_HEIGHT = 260;
    private static final double CAP = 4;

    private LineChartSvg() {
    }

    static String render(LineChartModel chart) {
        SvgCanvas svg = new SvgCanvas();
        SvgFrame.Plot plot = SvgFrame.Plot.ofHeight(PLOT_HEIGHT);
        SvgFrame.title(svg, chart.title());
        boolean empty = Double.isNaN(chart.xRange()[0]);
        AxisScale x = chart.xScale();
        AxisScale y = chart.yScale();
        SvgFrame.valueAxis(svg, plot, y, chart.yAxis());
        SvgFrame.horizontalAxis(svg, plot, x, chart.xAxis());
        List<SvgFrame.Entry> entries = new ArrayList<>();
        for (LineChartModel.Guide g : chart.guides()) {
            double at = y.map(g.y(), plot.bottom(), plot.top());
            svg.dashedPolyline(List.of(new double[] {plot.left(), at}, new double[] {plot.right(), at}), g.colour(),
                    "guide");
            entries.add(new SvgFrame.Entry(g.name(), g.colour(), true));
        }
        for (LineChartModel.Line line : chart.lines()) {
            draw(svg, plot, x, y, line);
            entries.add(new SvgFrame.Entry(line.name(), line.colour(), false));
        }
        if (empty) {
            svg.text(plot.left() + plot.width() / 2, plot.top() + plot.height() / 2, "Nothing measured yet", "middle",
                    12, false, 0);
        }
        double below = plot.bottom() + 48;
        double legend = SvgFrame.legend(svg, entries, below);
        return svg.svg(SvgFrame.WIDTH, below + legend + 8, chart.title());
    }

    private static void draw(SvgCanvas svg, SvgFrame.Plot plot, AxisScale x, AxisScale y, LineChartModel.Line line) {
        List<double[]> path = new ArrayList<>();
        for (LineChartModel.Point p : line.points()) {
            double px = x.map(p.x(), plot.left(), plot.right());
            path.add(new double[] {px, y.map(p.y(), plot.bottom(), plot.top())});
            if (p.hasInterval()) {
                double low = y.map(p.low(), plot.bottom(), plot.top());
                double high = y.map(p.high(), plot.bottom(), plot.top());
                svg.line(px, low, px, high, line.colour(), 1.5);
                svg.line(px - CAP, low, px + CAP, low, line.colour(), 1.5);
                svg.line(px - CAP, high, px + CAP, high, line.colour(), 1.5);
            }
        }
        if (path.size() > 1) {
            svg.polyline(path, line.colour(), "line", 2);
        }
        for (int i = 0; i < path.size(); i++) {
            double[] at = path.get(i);
            String tooltip = LineChartModel.describe(line.name(), line.points().get(i));
            svg.circle(at[0], at[1], 4, line.colour(), null, "point", tooltip);
        }
    }
}
