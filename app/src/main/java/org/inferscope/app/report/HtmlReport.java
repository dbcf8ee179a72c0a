package org.inferscope.app.report;

import org.inferscope.engine.report.chart.ChartModel;
import org.inferscope.engine.report.chart.ChartSvg;
import org.inferscope.engine.report.chart.Xml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.inferscope.app.viewmodel.ComparisonRow;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Provenance;

/**
 * The comparison as one self-contained page: inline CSS, every chart as inline SVG, the table of runs
 * with changes against the first, and when and where it ran. No scripts, fonts or images are fetched,
 * so it can be mailed or attached as is. Written as XHTML-compatible HTML5 (it parses as XML).
 */
public final class HtmlReport {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");
    private static final String STYLE = """
            body { font-family: Helvetica, Arial, sans-serif; margin: 24px; color: #222; }
            header p { margin: 2px 0; color: #555; }
            .charts { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
            .charts figure { margin: 0; border: 1px solid #ddd; border-radius: 4px; }
            .charts svg { display: block; width: 100%; max-width: 640px; height: auto; }
            table { border-collapse: collapse; font-size: 13px; }
            th, td { border-bottom: 1px solid #ddd; padding: 4px 8px; text-align: left; }
            th { background: #f4f4f4; }
            td.num { text-align: right; white-space: nowrap; }
            .swatch { display: inline-block; width: 10px; height: 10px; margin-right: 6px; }
            .delta { font-size: 11px; color: #777; }
            .delta.better { color: #0072B2; }
            .delta.worse { color: #D55E00; }
            .unit { font-size: 11px; color: #777; }
            .note { font-size: 12px; color: #555; }
            """;

    private HtmlReport() {
    }

    /** Writes the report of {@code rows}, dated now. */
    public static void write(List<ComparisonRow> rows, Path file) {
        write(rows, file, ZonedDateTime.now());
    }

    static void write(List<ComparisonRow> rows, Path file, ZonedDateTime when) {
        if (rows.isEmpty()) {
            throw new BadInputException("There is nothing to export yet: run at least one configuration first.");
        }
        try {
            Files.writeString(file, html(List.copyOf(rows), when), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("Could not write the report " + file + ": " + e.getMessage() + ".", e);
        }
    }

    static String html(List<ComparisonRow> rows, ZonedDateTime when) {
        String title = "InferScope comparison, " + when.format(WHEN);
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n")
                .append("<head>\n<meta charset=\"utf-8\"/>\n<title>").append(Xml.escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        out.append(header(rows, when));
        out.append("<section class=\"charts\">\n");
        for (ChartModel chart : ComparisonChartModels.all(rows)) {
            out.append("<figure id=\"").append(Xml.escape(chart.id())).append("\">\n")
                    .append(ChartSvg.render(chart)).append("</figure>\n");
        }
        out.append("</section>\n<h2>Runs</h2>\n").append(ReportTable.html(rows));
        out.append("<p class=\"note\">Changes are against the first run, the baseline: latency, throughput and size ")
                .append("in percent, accuracy and MSE in absolute terms; blue is better, orange worse. ")
                .append("Charts show the last run of each configuration.</p>\n</body>\n</html>\n");
        return out.toString();
    }

    private static String header(List<ComparisonRow> rows, ZonedDateTime when) {
        Set<String> machines = new LinkedHashSet<>();
        Set<String> backends = new LinkedHashSet<>();
        for (ComparisonRow row : rows) {
            Provenance p = row.result().provenance();
            if (p != null) {
                machines.add(p.cpuModel() + " (" + p.logicalCpus() + " logical CPUs), " + p.os() + ", " + p.jvm());
                backends.add(p.backend() + " " + p.backendVersion() + " on " + p.device());
            }
        }
        return "<header>\n<h1>InferScope comparison</h1>\n<p>Generated " + Xml.escape(when.format(WHEN))
                + " · " + rows.size() + (rows.size() == 1 ? " run" : " runs") + "</p>\n"
                + "<p>Machine: " + Xml.escape(machines.isEmpty() ? "unknown" : String.join("; ", machines)) + "</p>\n"
                + "<p>Backend: " + Xml.escape(String.join("; ", backends)) + "</p>\n</header>\n";
    }
}
