package org.inferscope.app.report;

import org.inferscope.engine.report.chart.Xml;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.inferscope.app.viewmodel.ComparisonRow;

/** The report's table of runs, each number with its change against the first run (the baseline). */
final class ReportTable {
    private ReportTable() {
    }

    /** How a column's change is shown and judged. */
    private enum Change { RELATIVE_LOWER_BETTER, RELATIVE_HIGHER_BETTER, QUALITY, NONE }

    private record Column(String title, ToDoubleFunction<ComparisonRow> value, String format, Change change) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("Accuracy / MSE", ComparisonRow::quality, "%.4f", Change.QUALITY),
            new Column("p50 µs", ComparisonRow::p50Micros, "%.1f", Change.RELATIVE_LOWER_BETTER),
            new Column("p99 µs", ComparisonRow::p99Micros, "%.1f", Change.RELATIVE_LOWER_BETTER),
            new Column("rows/s", ComparisonRow::rowsPerSecond, "%,.0f", Change.RELATIVE_HIGHER_BETTER),
            new Column("batch", r -> r.largestBatchSize(), "%.0f", Change.NONE),
            new Column("size KB", r -> r.variantBytes() / 1024.0, "%.1f", Change.RELATIVE_LOWER_BETTER),
            new Column("top-1 agreement", ComparisonRow::top1Agreement, "%.4f", Change.NONE));

    static String html(List<ComparisonRow> rows) {
        StringBuilder out = new StringBuilder("<table>\n<thead><tr><th>Configuration</th><th>Dataset</th>");
        COLUMNS.forEach(c -> out.append("<th>").append(Xml.escape(c.title())).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        ComparisonRow baseline = rows.get(0);
        for (ComparisonRow row : rows) {
            out.append("<tr><td><span class=\"swatch\" style=\"background:").append(Xml.escape(row.colour()))
                    .append("\"></span>").append(Xml.escape(row.label())).append("</td><td>")
                    .append(Xml.escape(row.dataset())).append("</td>");
            for (Column column : COLUMNS) {
                out.append("<td class=\"num\">").append(cell(column, row, baseline)).append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    private static String cell(Column column, ComparisonRow row, ComparisonRow baseline) {
        double v = column.value().applyAsDouble(row);
        if (Double.isNaN(v)) {
            return "—";
        }
        String shown = String.format(Locale.ROOT, column.format(), v);
        if (column.change() == Change.QUALITY && !row.isClassification()) {
            shown += " <span class=\"unit\">MSE</span>";
        }
        if (row == baseline) {
            return shown + (column.change() == Change.NONE ? "" : " <span class=\"delta\">baseline</span>");
        }
        return shown + delta(column, row, v, column.value().applyAsDouble(baseline), baseline);
    }

    private static String delta(Column column, ComparisonRow row, double v, double base, ComparisonRow baseline) {
        if (column.change() == Change.NONE || Double.isNaN(base)
                || (column.change() == Change.QUALITY && row.isClassification() != baseline.isClassification())) {
            return "";
        }
        double diff = v - base;
        String text;
        boolean higherBetter;
        if (column.change() == Change.QUALITY) {
            text = String.format(Locale.ROOT, "%+.4f", diff);
            higherBetter = row.isClassification();
        } else {
            if (base == 0) {
                return "";
            }
            text = String.format(Locale.ROOT, "%+.1f%%", 100 * diff / base);
            higherBetter = column.change() == Change.RELATIVE_HIGHER_BETTER;
        }
        String judged = diff == 0 ? "" : (diff > 0) == higherBetter ? " better" : " worse";
        return " <span class=\"delta" + judged + "\">" + text.replace('-', '−') + "</span>";
    }
}
