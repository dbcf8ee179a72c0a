package org.inferscope.engine.report.chart;

import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link BarChartModel}: grouped bars, the value axis from zero (or, logarithmic, from the power
 * of ten below the smallest bar), category labels, legend.
 */
final class BarChartSvg {
    private static final double PLOT_HEIGHT = 240;
    private static final double CATEGORY_GAP = 0.2;

    private BarChartSvg() {
    }

    static String render(BarChartModel chart) {
        SvgCanvas svg = new SvgCanvas();
        SvgFrame.Plot plot = SvgFrame.Plot.ofHeight(PLOT_HEIGHT);
        SvgFrame.title(svg, chart.title());
        ValueScale scale = chart.scale();
        SvgFrame.valueAxis(svg, plot, scale, chart.logScale() ? chart.valueAxis() + " (log scale)" : chart.valueAxis());
        bars(svg, plot, scale, chart);
        for (LineChartModel.Guide g : chart.guides()) {
            double at = scale.map(g.y(), plot.bottom(), plot.top());
            svg.dashedPolyline(List.of(new double[] {plot.left(), at}, new double[] {plot.right(), at}), g.colour(),
                    "guide");
        }
        double below = plot.bottom() + 28;
        if (!chart.categoryAxis().isEmpty()) {
            svg.text(plot.left() + plot.width() / 2, plot.bottom() + 34, chart.categoryAxis(), "middle", 12, false, 0);
            below += 16;
        }
        if (chart.series().isEmpty()) {
            svg.text(plot.left() + plot.width() / 2, plot.top() + plot.height() / 2, "No runs yet", "middle", 12,
                    false, 0);
        }
        List<SvgFrame.Entry> entries = new java.util.ArrayList<>(chart.series().stream()
                .filter(s -> !s.name().isEmpty())
                .map(s -> new SvgFrame.Entry(s.name(), s.colour(), false)).toList());
        chart.guides().forEach(g -> entries.add(new SvgFrame.Entry(g.name(), g.colour(), true)));
        double legend = SvgFrame.legend(svg, entries, below);
        return svg.svg(SvgFrame.WIDTH, below + legend + 8, chart.title());
    }

    private static void bars(SvgCanvas svg, SvgFrame.Plot plot, ValueScale scale, BarChartModel chart) {
        List<String> categories = chart.categories();
        if (categories.isEmpty()) {
            return;
        }
        double group = plot.width() / categories.size();
        double bar = group * (1 - CATEGORY_GAP) / Math.max(1, chart.series().size());
        int every = labelEvery(categories, group);
        double zero = scale.logarithmic() ? plot.bottom() : scale.map(0, plot.bottom(), plot.top());
        for (int c = 0; c < categories.size(); c++) {
            String category = categories.get(c);
            double groupLeft = plot.left() + c * group + group * CATEGORY_GAP / 2;
            for (int s = 0; s < chart.series().size(); s++) {
                BarChartModel.Series series = chart.series().get(s);
                Double value = series.values().get(category);
                if (value != null) {
                    double top = scale.map(value, plot.bottom(), plot.top());
                    svg.rect(groupLeft + s * bar, Math.min(top, zero), bar, Math.abs(zero - top), series.colour(),
                            "bar", tooltip(series.name(), category, value, chart.valueAxis()));
                }
            }
            if (c % every == 0) {
                svg.text(plot.left() + (c + 0.5) * group, plot.bottom() + 16, category, "middle", 11, false, 0);
            }
        }
    }

    /** Labels every n-th category so that the labels do not overlap. */
    private static int labelEvery(List<String> categories, double group) {
        double widest = categories.stream().mapToDouble(c -> SvgFrame.textWidth(c, 11)).max().orElse(0) + 8;
        return Math.max(1, (int) Math.ceil(widest / group));
    }

    private static String tooltip(String series, String category, double value, String unit) {
        String name = series.isEmpty() ? "" : series + " — ";
        return name + category + ": " + String.format(Locale.ROOT, "%,.4g", value) + " " + unit;
    }
}
