package org.inferscope.engine.report.chart;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Grouped bars: along the category axis the categories ("p50", "p99"), within each one bar per series
 * (a configuration, in its colour).
 *
 * @param categoryAxis the category axis' title, "" for none
 * @param valueAxis the value axis' title, with its unit
 * @param categories every category, in the order drawn
 * @param series the series, in the order drawn within each category
 * @param logScale whether the value axis is logarithmic (values spread over decades, all above zero)
 * @param guides dashed lines across the bars at values that mean something (a threshold)
 */
public record BarChartModel(String id, String title, String categoryAxis, String valueAxis, List<String> categories,
                            List<Series> series, boolean logScale, List<LineChartModel.Guide> guides)
        implements ChartModel {

    public BarChartModel {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        guides = List.copyOf(guides);
    }

    /** Bars on a linear axis from zero. */
    public BarChartModel(String id, String title, String categoryAxis, String valueAxis, List<String> categories,
                         List<Series> series) {
        this(id, title, categoryAxis, valueAxis, categories, series, false, List.of());
    }

    /** The same bars with {@code lines} drawn across them; the axis reaches past the highest. */
    public BarChartModel withGuides(List<LineChartModel.Guide> lines) {
        return new BarChartModel(id, title, categoryAxis, valueAxis, categories, series, logScale, lines);
    }

    /** The same bars on a log axis when the values spread over {@code ratio} times or more, else on a linear one. */
    public BarChartModel logWhenSpread(double ratio) {
        double smallest = series.stream().flatMap(s -> s.values().values().stream())
                .mapToDouble(Double::doubleValue).min().orElse(0);
        return new BarChartModel(id, title, categoryAxis, valueAxis, categories, series,
                LogScale.suits(smallest, maxValue(), ratio), guides);
    }

    /** The value axis these bars are drawn against, on screen and in SVG. */
    public ValueScale scale() {
        if (logScale) {
            double smallest = series.stream().flatMap(s -> s.values().values().stream())
                    .mapToDouble(Double::doubleValue).filter(v -> v > 0).min().orElse(1);
            return LogScale.covering(smallest, maxValue());
        }
        return AxisScale.covering(0, maxValue() > 0 ? maxValue() : 1);
    }

    /** A chart whose categories are those of the series, in the order they first appear. */
    public static BarChartModel of(String id, String title, String categoryAxis, String valueAxis,
                                   List<Series> series) {
        Set<String> categories = new LinkedHashSet<>();
        series.forEach(s -> categories.addAll(s.values().keySet()));
        return new BarChartModel(id, title, categoryAxis, valueAxis, List.copyOf(categories), series);
    }

    /**
     * One configuration's bars.
     *
     * @param colour a CSS colour ("#0072B2")
     * @param values category to value; a category the series did not measure has no entry
     */
    public record Series(String name, String colour, Map<String, Double> values) {
        public Series {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** The largest value of any bar or guide, 0 when there is none. */
    public double maxValue() {
        double bars = series.stream().flatMap(s -> s.values().values().stream())
                .mapToDouble(Double::doubleValue).max().orElse(0);
        return Math.max(bars, guides.stream().mapToDouble(LineChartModel.Guide::y).max().orElse(0));
    }
}
