package org.inferscope.engine.report.chart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Draws a {@link ScatterChartModel}: a point per configuration, the frontier dashed through the ringed points. */
final class ScatterChartSvg {
    static final String FRONTIER_COLOUR = "#333333";
    private static final double PLOT_HEIGHT = 260;

    private ScatterChartSvg() {
    }

    static String render(ScatterChartModel chart) {
        SvgCanvas svg = new SvgCanvas();
        SvgFrame.Plot plot = SvgFrame.Plot.ofHeight(PLOT_HEIGHT);
        SvgFrame.title(svg, chart.title());
        List<ScatterChartModel.Point> points = chart.points();
        AxisScale x = chart.xScale();
        AxisScale y = chart.yScale();
        SvgFrame.valueAxis(svg, plot, y, chart.yAxis());
        SvgFrame.horizontalAxis(svg, plot, x, chart.xAxis());
        List<double[]> line = new ArrayList<>();
        chart.frontier().forEach(p -> line.add(position(p, plot, x, y)));
        if (line.size() > 1) {
            svg.dashedPolyline(line, FRONTIER_COLOUR, "frontier");
        }
        Set<ScatterChartModel.Point> onFrontier = new HashSet<>(chart.frontier());
        for (ScatterChartModel.Point p : points) {
            double[] at = position(p, plot, x, y);
            boolean emphasised = onFrontier.contains(p);
            svg.circle(at[0], at[1], emphasised ? 7 : 5, p.colour(), emphasised ? FRONTIER_COLOUR : null,
                    emphasised ? "point frontier-point" : "point", tooltip(p, emphasised));
        }
        if (points.isEmpty()) {
            svg.text(plot.left() + plot.width() / 2, plot.top() + plot.height() / 2, "No runs yet", "middle", 12,
                    false, 0);
        }
        List<SvgFrame.Entry> entries = new ArrayList<>();
        points.forEach(p -> entries.add(new SvgFrame.Entry(p.label(), p.colour(), false)));
        entries.add(new SvgFrame.Entry("Pareto frontier (ringed)", FRONTIER_COLOUR, true));
        double below = plot.bottom() + 48;
        double legend = SvgFrame.legend(svg, entries, below);
        return svg.svg(SvgFrame.WIDTH, below + legend + 8, chart.title());
    }

    private static double[] position(ScatterChartModel.Point p, SvgFrame.Plot plot, AxisScale x, AxisScale y) {
        return new double[] {x.map(p.x(), plot.left(), plot.right()), y.map(p.y(), plot.bottom(), plot.top())};
    }

    private static String tooltip(ScatterChartModel.Point p, boolean onFrontier) {
        return String.format(Locale.ROOT, "%s: p50 %.1f µs, quality %.4f%s", p.label(), p.x(), p.y(),
                onFrontier ? " (on the Pareto frontier)" : "");
    }
}
