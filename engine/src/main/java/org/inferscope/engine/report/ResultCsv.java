package org.inferscope.engine.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.inferscope.engine.api.LatencySummary;
import org.inferscope.engine.api.Quality;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.ThroughputPoint;

/**
 * Many runs as one CSV table, one row per run, for spreadsheets and scripts. Throughput gets one
 * {@code rowsPerSecond@b} column per batch size seen in any run; a cell a run has no value for is empty.
 */
public final class ResultCsv {
    private static final List<String> LEADING = List.of("schemaVersion", "model", "modelSha256", "dataset",
            "backend", "device", "rows", "accuracy", "macroF1", "mse", "rmse", "mae", "r2", "p50Micros",
            "p90Micros", "p99Micros", "p999Micros", "meanMicros");
    private static final List<String> TRAILING = List.of("peakResidentBytes", "startedAt");

    public String toCsv(List<RunResult> runs) {
        StringWriter out = new StringWriter();
        writeTo(runs, out);
        return out.toString();
    }

    /** Writes the table to {@code file} through a temporary file, so the file is never half-written. */
    public void write(List<RunResult> runs, Path file) {
        AtomicFiles.write(file, out -> writeTo(runs, new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    private static void writeTo(List<RunResult> runs, Writer out) {
        TreeSet<Integer> batchSizes = new TreeSet<>();
        runs.forEach(r -> r.throughput().forEach(p -> batchSizes.add(p.batchSize())));
        try (CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord(header(batchSizes));
            for (RunResult run : runs) {
                csv.writeRecord(row(run, batchSizes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> header(TreeSet<Integer> batchSizes) {
        List<String> header = new ArrayList<>(LEADING);
        batchSizes.forEach(b -> header.add("rowsPerSecond@" + b));
        header.addAll(TRAILING);
        return header;
    }

    private static List<String> row(RunResult run, TreeSet<Integer> batchSizes) {
        Quality q = run.quality();
        LatencySummary l = run.latency();
        List<String> cells = new ArrayList<>(List.of(
                Integer.toString(run.schemaVersion()), text(run.model() == null ? null : run.model().file()),
                text(run.model() == null ? null : run.model().sha256()),
                text(run.dataset() == null ? null : run.dataset().file()),
                text(run.provenance() == null ? null : run.provenance().backend()),
                text(run.provenance() == null ? null : run.provenance().device()),
                q == null ? "" : Long.toString(q.rows())));
        for (Double v : qualityCells(q)) {
            cells.add(text(v));
        }
        for (Double v : latencyCells(l)) {
            cells.add(text(v));
        }
        Map<Integer, Double> throughput = new TreeMap<>();
        for (ThroughputPoint p : run.throughput()) {
            throughput.put(p.batchSize(), p.rowsPerSecond());
        }
        batchSizes.forEach(b -> cells.add(text(throughput.get(b))));
        cells.add(run.memory() == null ? "" : Long.toString(run.memory().peakResidentBytes()));
        cells.add(text(run.provenance() == null ? null : run.provenance().startedAt()));
        return cells;
    }

    private static List<Double> qualityCells(Quality q) {
        if (q == null) {
            return java.util.Collections.nCopies(6, null);
        }
        return java.util.Arrays.asList(q.accuracy(), q.macroF1(), q.mse(), q.rmse(), q.mae(), q.r2());
    }

    private static List<Double> latencyCells(LatencySummary l) {
        if (l == null) {
            return java.util.Collections.nCopies(5, null);
        }
        return List.of(l.p50Micros(), l.p90Micros(), l.p99Micros(), l.p999Micros(), l.meanMicros());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
