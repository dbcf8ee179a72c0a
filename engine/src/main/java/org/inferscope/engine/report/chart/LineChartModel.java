package org.inferscope.engine.report.chart;

import java.util.List;

/**
 * Measured curves over a numeric axis, each point with its 95% confidence interval where one was
 * computed, and horizontal guides (a latency bound, the accuracy a tuner must keep).
 *
 * @param xAxis the horizontal axis' title, with its unit
 * @param yAxis the vertical axis' title, with its unit
 * @param lines the curves, in legend order
 * @param guides horizontal reference lines
 */
public record LineChartModel(String id, String title, String xAxis, String yAxis, List<Line> lines,
                             List<Guide> guides) implements ChartModel {

    public LineChartModel {
        lines = List.copyOf(lines);
        guides = List.copyOf(guides);
    }

    /** One curve in its colour, its points in the order they are joined. */
    public record Line(String name, String colour, List<Point> points) {
        public Line {
            points = List.copyOf(points);
        }
    }

    /**
     * A point at ({@code x}, {@code y}) with its interval [{@code low}, {@code high}]; both NaN when
     * there is none.
     */
    public record Point(double x, double y, double low, double high) {

        /** A point without an interval. */
        public static Point of(double x, double y) {
            return new Point(x, y, Double.NaN, Double.NaN);
        }

        public boolean hasInterval() {
            return !Double.isNaN(low) && !Double.isNaN(high);
        }
    }

    /** A dashed horizontal line at {@code y}, named in the legend. */
    public record Guide(String name, double y, String colour) {
    }

    /** The lowest and highest y any point, interval or guide reaches, or NaNs when there is nothing. */
    public double[] yRange() {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Line line : lines) {
            for (Point p : line.points()) {
                low = Math.min(low, p.hasInterval() ? Math.min(p.y(), p.low()) : p.y());
                high = Math.max(high, p.hasInterval() ? Math.max(p.y(), p.high()) : p.y());
            }
        }
        for (Guide g : guides) {
            low = Math.min(low, g.y());
            high = Math.max(high, g.y());
        }
        return low > high ? new double[] {Double.NaN, Double.NaN} : new double[] {low, high};
    }

    /** The lowest and highest x of any point, or NaNs when there are none. */
    public double[] xRange() {
        double[] xs = lines.stream().flatMap(l -> l.points().stream()).mapToDouble(Point::x).toArray();
        if (xs.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {java.util.Arrays.stream(xs).min().getAsDouble(), java.util.Arrays.stream(xs).max().getAsDouble()};
    }

    /**
     * The horizontal axis every drawing of this chart uses, on screen and in SVG: padded and round over
     * the points, so that none sits on the plot's edge; 0 to 1 when there are none.
     */
    public AxisScale xScale() {
        return scaleOver(xRange());
    }

    /** The vertical axis, over the points, their intervals and the guides; 0 to 1 when there is nothing. */
    public AxisScale yScale() {
        return scaleOver(yRange());
    }

    private static AxisScale scaleOver(double[] range) {
        return Double.isNaN(range[0]) ? AxisScale.covering(0, 1) : AxisScale.padded(range[0], range[1]);
    }

    /** A value with at most four significant digits and no trailing zeros ("0.95", "1,250", "0.000312"). */
    public static String shortNumber(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        java.math.BigDecimal rounded = new java.math.BigDecimal(value).round(new java.math.MathContext(4));
        String plain = rounded.stripTrailingZeros().toPlainString();
        return Math.abs(value) >= 1000 ? String.format(java.util.Locale.ROOT, "%,.0f", rounded.doubleValue()) : plain;
    }

    /** "name: y at x (95% CI low to high)", the tooltip of a point on screen and in the SVG. */
    public static String describe(String name, Point p) {
        String interval = p.hasInterval() ? " (95% CI " + shortNumber(p.low()) + " to " + shortNumber(p.high()) + ")" : "";
        return name + ": " + shortNumber(p.y()) + " at " + shortNumber(p.x()) + interval;
    }
}
