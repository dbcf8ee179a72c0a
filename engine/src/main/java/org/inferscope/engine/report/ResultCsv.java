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
 * A caller can append its own columns after the standard ones (the app's confidence bounds).
 */
public final class ResultCsv {

    /**
     * A column after the standard ones.
     *
     * @param header its name
     * @param cells one cell per run, in the runs' order; "" for none
     */
    public record Column(String header, List<String> cells) {
        public Column {
            cells = List.copyOf(cells);
        }
    }

    private static final List<String> LEADING = List.of("schemaVersion", "model", "modelSha256", "dataset",
            "backend", "device", "rows", "accuracy", "macroF1", "mse", "rmse", "mae", "r2", "p50Micros",
            "p90Micros", "p99Micros", "p999Micros", "meanMicros");
    private static final List<String> TRAILING = List.of("peakResidentBytes", "startedAt");

    public String toCsv(List<RunResult> runs) {
        StringWriter out = new StringWriter();
        writeTo(runs, List.of(), out);
        return out.toString();
    }

    /** Writes the table to {@code file} through a temporary file, so the file is never half-written. */
    public void write(List<RunResult> runs, Path file) {
        write(runs, List.of(), file);
    }

    /** As {@link #write(List, Path)}, with {@code extra} columns after the standard ones. */
    public void write(List<RunResult> runs, List<Column> extra, Path file) {
        for (Column c : extra) {
            if (c.cells().size() != runs.size()) {
                throw new IllegalArgumentException("column " + c.header() + " has " + c.cells().size() + " cells for "
                        + runs.size() + " runs");
            }
        }
        AtomicFiles.write(file, out -> writeTo(runs, extra, new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    private static void writeTo(List<RunResult> runs, List<Column> extra, Writer out) {
        TreeSet<Integer> batchSizes = new TreeSet<>();
        runs.forEach(r -> r.throughput().forEach(p -> batchSizes.add(p.batchSize())));
        try (CsvWriter csv = CsvWriter.builder().build(out)) {
            List<String> header = header(batchSizes);
            extra.forEach(c -> header.add(c.header()));
            csv.writeRecord(header);
            for (int i = 0; i < runs.size(); i++) {
                List<String> cells = row(runs.get(i), batchSizes);
                int row = i;
                extra.forEach(c -> cells.add(c.cells().get(row)));
                csv.writeRecord(cells);
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
