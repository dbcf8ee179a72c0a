package org.inferscope.engine.report.chart;

import java.util.List;

/** What every chart drawing shares: the plot area, the title, the value axis and the legend. */
final class SvgFrame {
    static final double WIDTH = 640;
    static final double LEFT = 76;
    static final double TOP = 40;
    static final double RIGHT = 20;
    private static final double CHAR_WIDTH = 6.4;
    private static final String GRID = "#e3e3e3";
    private static final String AXIS = "#666666";

    /** The plot area inside the axes. */
    record Plot(double left, double top, double width, double height) {
        static Plot ofHeight(double height) {
            return new Plot(LEFT, TOP, WIDTH - LEFT - RIGHT, height);
        }

        double right() {
            return left + width;
        }

        double bottom() {
            return top + height;
        }
    }

    /** A legend entry: a colour swatch, or a dashed line when {@code line}. */
    record Entry(String name, String colour, boolean line) {
    }

    private SvgFrame() {
    }

    static double textWidth(String text, int size) {
        return text.length() * CHAR_WIDTH * size / 11.0;
    }

    static void title(SvgCanvas svg, String title) {
        svg.text(WIDTH / 2, 24, title, "middle", 15, true, 0);
    }

    /** Horizontal grid lines with their labels at the left, and the axis title turned upright. */
    static void valueAxis(SvgCanvas svg, Plot plot, ValueScale scale, String title) {
        for (double tick : scale.ticks()) {
            double y = scale.map(tick, plot.bottom(), plot.top());
            svg.line(plot.left(), y, plot.right(), y, GRID, 1);
            svg.text(plot.left() - 6, y + 4, scale.label(tick), "end", 11, false, 0);
        }
        svg.line(plot.left(), plot.top(), plot.left(), plot.bottom(), AXIS, 1);
        svg.line(plot.left(), plot.bottom(), plot.right(), plot.bottom(), AXIS, 1);
        svg.text(16, plot.top() + plot.height() / 2, title, "middle", 12, false, -90);
    }

    /** Vertical grid lines with their labels below the plot, and the axis title under them. */
    static void horizontalAxis(SvgCanvas svg, Plot plot, ValueScale scale, String title) {
        for (double tick : scale.ticks()) {
            double x = scale.map(tick, plot.left(), plot.right());
            svg.line(x, plot.top(), x, plot.bottom(), GRID, 1);
            svg.text(x, plot.bottom() + 16, scale.label(tick), "middle", 11, false, 0);
        }
        svg.text(plot.left() + plot.width() / 2, plot.bottom() + 34, title, "middle", 12, false, 0);
    }

    /** Lays the entries out in lines from the plot's left edge; returns the height used. */
    static double legend(SvgCanvas svg, List<Entry> entries, double top) {
        double x = LEFT;
        double y = top;
        for (Entry entry : entries) {
            double width = 18 + textWidth(entry.name(), 11) + 18;
            if (x > LEFT && x + width > WIDTH - RIGHT) {
                x = LEFT;
                y += 18;
            }
            if (entry.line()) {
                svg.dashedPolyline(List.of(new double[] {x, y + 6}, new double[] {x + 14, y + 6}), entry.colour(),
                        "legend-line");
            } else {
                svg.rect(x + 1, y + 1, 11, 11, entry.colour(), "swatch", null);
            }
            svg.text(x + 18, y + 11, entry.name(), "start", 11, false, 0);
            x += width;
        }
        return entries.isEmpty() ? 0 : y - top + 18;
    }
}
