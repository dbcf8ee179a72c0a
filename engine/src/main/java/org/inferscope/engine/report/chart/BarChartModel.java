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
 */
public record BarChartModel(String id, String title, String categoryAxis, String valueAxis, List<String> categories,
                            List<Series> series) implements ChartModel {

    public BarChartModel {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
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

    /** The largest value of any bar, 0 when there is none. */
    public double maxValue() {
        return series.stream().flatMap(s -> s.values().values().stream())
                .mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
