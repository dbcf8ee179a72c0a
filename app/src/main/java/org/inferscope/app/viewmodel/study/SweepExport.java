package org.inferscope.app.viewmodel.study;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.inferscope.engine.report.AtomicFiles;
import org.inferscope.engine.report.ResultJson;
import org.inferscope.engine.stats.ConfidenceInterval;
import org.inferscope.engine.sweep.PointSummary;
import org.inferscope.engine.sweep.RunStatistics;
import org.inferscope.engine.sweep.SweepChart;
import org.inferscope.engine.sweep.SweepConfiguration;
import org.inferscope.engine.sweep.SweepPoint;
import org.inferscope.engine.sweep.SweepReport;
import org.inferscope.engine.sweep.TuningResult;

/**
 * The sweep's and the tuner's files: the engine's report as JSON, a CSV row per configuration with the
 * bounds of every 95% interval, and the sweep's chart page. Each file is written through a temporary
 * file and a rename, so none is ever half-written.
 */
final class SweepExport {
    static final List<String> COLUMNS = List.of("index", "configuration", "device", "precision", "sparsity",
            "structured", "batch_size", "status", "accuracy", "accuracy_low", "accuracy_high", "mse", "p50_us",
            "p50_us_low", "p50_us_high", "p99_us", "p99_us_low", "p99_us_high", "rows_per_second",
            "rows_per_second_low", "rows_per_second_high", "model_bytes", "peak_rss_bytes", "joules_per_1000",
            "on_frontier", "error");

    private SweepExport() {
    }

    /** What a finished sweep leaves beside its points: report.json, report.csv and report.html. */
    static void writeReportFiles(SweepState s) {
        writeJson(s.report(), s.folder().resolve("report.json"));
        writeCsv(s, s.folder().resolve("report.csv"));
        writeHtml(s, s.folder().resolve("report.html"));
    }

    static void writeJson(Object report, Path file) {
        text(file, new ResultJson().toJson(report) + "\n");
    }

    /** A row per configuration of the plan, in grid order: measured, failed (with why) or not run yet. */
    static void writeCsv(SweepState s, Path file) {
        List<SweepConfiguration> grid = s.plan().configurations();
        Map<Integer, PointSummary> measured = new java.util.HashMap<>();
        s.report().points().forEach(p -> measured.put(p.index(), p));
        boolean withDevice = s.plan().devices().size() > 1;
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (int i = 0; i < grid.size(); i++) {
            SweepConfiguration c = grid.get(i);
            SweepPoint point = s.points().get(i);
            PointSummary summary = measured.get(i);
            String status = summary != null ? "done" : point != null ? "failed" : "not run";
            Double mse = point == null || point.run() == null ? null : point.run().result().quality().mse();
            line(csv, String.valueOf(i), SweepWords.label(c, withDevice), c, status,
                    summary == null ? null : summary.statistics(), mse, summary != null && summary.onFrontier(),
                    point != null && summary == null ? point.error() : "");
        }
        text(file, csv.toString());
    }

    static void writeHtml(SweepState s, Path file) {
        text(file, SweepChart.html(s.report(), "InferScope sweep: " + s.folder().getFileName()));
    }

    /**
     * A row per configuration the tuner measured, in the order it measured them, with its role (baseline,
     * answer, best, FP32 again), then a row per candidate it did not try, with why.
     */
    static void writeTunerCsv(TuningResult r, List<SweepRow> rows, Path file) {
        List<String> columns = new ArrayList<>(COLUMNS);
        columns.set(0, "role");
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
        for (int i = 0; i < r.evaluated().size(); i++) {
            PointSummary p = r.evaluated().get(i);
            line(csv, rows.get(i).role(), SweepWords.label(p.configuration(), false), p.configuration(), "done",
                    p.statistics(), null, p.onFrontier(), "");
        }
        for (String untried : r.untried()) {
            int colon = untried.indexOf(": ");
            List<String> cells = new ArrayList<>(java.util.Collections.nCopies(COLUMNS.size(), ""));
            cells.set(0, "untried");
            cells.set(1, colon < 0 ? untried : untried.substring(0, colon));
            cells.set(7, "not tried");
            cells.set(COLUMNS.size() - 1, colon < 0 ? "" : untried.substring(colon + 2));
            csv.append(String.join(",", cells.stream().map(SweepExport::cell).toList())).append('\n');
        }
        text(file, csv.toString());
    }

    private static void line(StringBuilder csv, String first, String label, SweepConfiguration c, String status,
                             RunStatistics s, Double mse, boolean onFrontier, String error) {
        List<String> cells = new ArrayList<>(List.of(first, label, c.device() == null ? "" : c.device(),
                c.precision().cliName(), String.valueOf(c.sparsity()), String.valueOf(c.structured() && c.sparsity() > 0),
                String.valueOf(c.batchSize()), status));
        cells.addAll(interval(s == null ? null : s.accuracy()));
        cells.add(mse == null ? "" : String.valueOf(mse));
        cells.addAll(interval(s == null ? null : s.p50Micros()));
        cells.addAll(interval(s == null ? null : s.p99Micros()));
        cells.addAll(interval(s == null ? null : s.rowsPerSecond()));
        cells.add(s == null ? "" : String.valueOf(s.modelBytes()));
        cells.add(s == null || s.peakResidentBytes() < 0 ? "" : String.valueOf(s.peakResidentBytes()));
        cells.add(s == null || s.energy() == null || !s.energy().measured() ? "" : String.valueOf(s.energy().joulesPer1000()));
        cells.add(String.valueOf(onFrontier));
        cells.add(error == null ? "" : error);
        csv.append(String.join(",", cells.stream().map(SweepExport::cell).toList())).append('\n');
    }

    private static List<String> interval(ConfidenceInterval ci) {
        Function<Double, String> n = String::valueOf;
        return ci == null ? List.of("", "", "") : List.of(n.apply(ci.estimate()), n.apply(ci.lower()), n.apply(ci.upper()));
    }

    private static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static void text(Path file, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }
}
