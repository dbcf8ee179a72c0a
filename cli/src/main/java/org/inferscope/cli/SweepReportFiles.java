package org.inferscope.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.inferscope.engine.report.AtomicFiles;
import org.inferscope.engine.sweep.SweepChart;
import org.inferscope.engine.sweep.SweepReport;

/** Writes a sweep's report beside its points: JSON, the table as text, and the chart as HTML with SVG. */
final class SweepReportFiles {
    private final CliContext context;

    SweepReportFiles(CliContext context) {
        this.context = context;
    }

    void write(SweepReport report, Path folder) {
        text(folder.resolve("report.json"), context.json().toJson(report) + "\n");
        StringWriter table = new StringWriter();
        new SweepPrinter(new PrintWriter(table)).print(report);
        text(folder.resolve("report.txt"), table.toString());
        text(folder.resolve("report.html"), SweepChart.html(report, "InferScope sweep: " + folder.getFileName()));
    }

    private static void text(Path file, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }
}
