package org.inferscope.cli;

import java.io.PrintWriter;
import org.inferscope.engine.api.ClassQuality;
import org.inferscope.engine.api.DatasetSummary;
import org.inferscope.engine.api.LatencySummary;
import org.inferscope.engine.api.ModelSummary;
import org.inferscope.engine.api.Quality;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.api.ThroughputPoint;
import org.inferscope.engine.report.Durations;

/** Prints a run result as readable text: what ran, how well, how fast. */
final class ResultPrinter {
    private static final int MAX_CLASSES_SHOWN = 20;
    private final PrintWriter out;

    ResultPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(RunResult r) {
        ModelSummary m = r.model();
        DatasetSummary d = r.dataset();
        out.printf("Model       %s (%s, %s, %,d parameters)%n", m.file(), m.format(), Format.bytes(m.sizeBytes()),
                m.parameterCount());
        out.printf("            input %s -> output %s%n", m.inputUsed(), m.outputUsed());
        out.printf("Dataset     %s (%s, %,d rows x %,d features, target '%s')%n", d.file(), d.format(), d.rows(),
                d.columns(), d.target());
        out.printf("Device      %s (%s %s, %d logical CPUs)%n", r.provenance().device(), r.provenance().backend(),
                r.provenance().backendVersion(), r.provenance().logicalCpus());
        out.println();
        if (r.transform() != null) {
            new TransformPrinter(out).print(r.transform());
        }
        printQuality(r.quality());
        if (r.fidelity() != null) {
            new TransformPrinter(out).print(r.fidelity());
        }
        if (r.latency() != null) {
            printLatency(r.latency());
        }
        if (!r.throughput().isEmpty()) {
            printThroughput(r);
        }
        if (r.memory() != null && r.memory().peakResidentBytes() > 0) {
            out.printf("Memory      peak resident %s, peak heap %s%n", Format.bytes(r.memory().peakResidentBytes()),
                    Format.bytes(r.memory().peakHeapBytes()));
        }
        for (String note : r.notes()) {
            out.println("Note        " + note);
        }
    }

    private void printQuality(Quality q) {
        if (q.task() == Task.REGRESSION) {
            out.printf("Quality     MSE %s  RMSE %s  MAE %s  R² %s  (%,d rows)%n", Format.number(q.mse(), 6),
                    Format.number(q.rmse(), 6), Format.number(q.mae(), 6), Format.number(q.r2(), 4), q.rows());
            return;
        }
        out.printf("Quality     accuracy %s  macro-F1 %s  (%,d rows)%n", Format.percent(q.accuracy()),
                Format.number(q.macroF1(), 4), q.rows());
        if (q.unknownPredictions() != null && q.unknownPredictions() > 0) {
            out.printf("            %,d predictions were labels the dataset does not have (counted wrong)%n",
                    q.unknownPredictions());
        }
        if (q.perClass() != null && q.perClass().size() <= MAX_CLASSES_SHOWN) {
            TextTable t = new TextTable("  CLASS", "SUPPORT", "PRECISION", "RECALL", "F1");
            for (ClassQuality c : q.perClass()) {
                t.row("  " + c.className(), c.support(), Format.number(c.precision(), 4),
                        Format.number(c.recall(), 4), Format.number(c.f1(), 4));
            }
            t.print(out);
        }
        out.println();
    }

    private void printLatency(LatencySummary l) {
        out.printf("Latency     single row, %,d timed calls%n", l.samples());
        TextTable t = new TextTable("  MIN", "P50", "P90", "P99", "P99.9", "MAX", "MEAN");
        t.row("  " + Durations.micros(l.minMicros()), Durations.micros(l.p50Micros()), Durations.micros(l.p90Micros()),
                Durations.micros(l.p99Micros()), Durations.micros(l.p999Micros()), Durations.micros(l.maxMicros()),
                Durations.micros(l.meanMicros()));
        t.print(out);
        out.println();
    }

    private void printThroughput(RunResult r) {
        out.println("Throughput  median over timed rounds (min..max)");
        TextTable t = new TextTable("  BATCH", "ROWS/S", "MIN", "MAX", "ROUNDS");
        for (ThroughputPoint p : r.throughput()) {
            t.row("  " + p.batchSize(), Format.rate(p.rowsPerSecond()), Format.rate(p.minRowsPerSecond()),
                    Format.rate(p.maxRowsPerSecond()), p.rounds());
        }
        t.print(out);
        out.println();
    }
}
