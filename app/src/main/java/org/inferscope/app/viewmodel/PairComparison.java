package org.inferscope.app.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.inferscope.engine.stats.LatencyComparison;
import org.inferscope.engine.stats.McNemarTest;
import org.inferscope.engine.stats.ThroughputComparison;
import org.inferscope.engine.sweep.RunComparison;

/**
 * Two runs compared with the engine's statistics, as the details panel shows them: each run's accuracy
 * interval and McNemar's test on the rows they both scored, then p50, p99 and throughput with the
 * interval of B − A. A verdict says "B is faster" only when that interval lies wholly on one side of zero.
 * Run A is the one that finished first.
 */
final class PairComparison {
    static final String NOT_COMPARED = "Not compared";

    private PairComparison() {
    }

    /** The comparison of the two runs in {@code selected}, or one sentence saying why there is none. */
    static RunDetails of(List<ComparisonRow> selected) {
        if (selected.size() != 2) {
            return refusal("Select two runs in the table (Ctrl+click the second) to compare them.");
        }
        return of(selected.get(0), selected.get(1));
    }

    static RunDetails of(ComparisonRow a, ComparisonRow b) {
        for (ComparisonRow row : List.of(a, b)) {
            if (row.samples() == null) {
                return refusal("\u201c" + row.label() + "\u201d has no raw samples (it was imported or saved before"
                        + " InferScope kept them), so the two runs cannot be compared with intervals.");
            }
        }
        String different = differentDatasets(a, b);
        if (different != null) {
            return refusal(different);
        }
        RunComparison c = RunComparison.of(a.samples(), b.samples(), RunDetails.SEED);
        List<RunDetails.Section> sections = new ArrayList<>();
        sections.add(new RunDetails.Section("Accuracy", accuracyLines(c)));
        sections.add(new RunDetails.Section("Latency, B \u2212 A", latencyLines(c)));
        sections.add(new RunDetails.Section("Throughput, B \u2212 A", throughputLines(c)));
        return new RunDetails("A: " + a.label() + "  \u00b7  B: " + b.label(), sections);
    }

    private static RunDetails refusal(String sentence) {
        return new RunDetails("Compare two runs", List.of(new RunDetails.Section(NOT_COMPARED, List.of(sentence))));
    }

    /** A sentence when the runs scored different data (row by row comparison is then meaningless), else null. */
    private static String differentDatasets(ComparisonRow a, ComparisonRow b) {
        long rowsA = a.result().quality().rows();
        long rowsB = b.result().quality().rows();
        if (rowsA != rowsB) {
            return IntervalText.format("The two runs scored different datasets (%,d and %,d rows), so they cannot be"
                    + " compared row by row.", rowsA, rowsB);
        }
        String shaA = a.result().dataset() == null ? null : a.result().dataset().sha256();
        String shaB = b.result().dataset() == null ? null : b.result().dataset().sha256();
        if (shaA != null && shaB != null && !Objects.equals(shaA, shaB)) {
            return "The two runs scored different datasets (" + a.dataset() + " and " + b.dataset()
                    + "), so they cannot be compared row by row.";
        }
        return null;
    }

    private static List<String> accuracyLines(RunComparison c) {
        if (c.a().accuracy() == null || c.b().accuracy() == null || c.accuracy() == null) {
            return List.of("Accuracy is compared for classification runs only; these runs have no per-row correctness.");
        }
        McNemarTest m = c.accuracy();
        return List.of("A " + IntervalText.percent(c.a().accuracy()) + ", B " + IntervalText.percent(c.b().accuracy()),
                IntervalText.format("McNemar: %,d rows right only in A, %,d only in B, p = %.4f: %s", m.onlyARight(),
                        m.onlyBRight(), m.pValue(), IntervalText.moreAccurate(m.verdict())));
    }

    private static List<String> latencyLines(RunComparison c) {
        if (c.p50() == null) {
            return List.of("Latency is not compared: one of the runs timed no single-row calls.");
        }
        return List.of(latency("p50", c.p50()), latency("p99", c.p99()));
    }

    private static String latency(String name, LatencyComparison l) {
        return name + ": A " + IntervalText.micros(l.a(), false) + ", B " + IntervalText.micros(l.b(), false)
                + "; B \u2212 A " + IntervalText.micros(l.difference(), true) + ": " + IntervalText.faster(l.verdict());
    }

    private static List<String> throughputLines(RunComparison c) {
        if (c.throughput().isEmpty()) {
            return List.of("Throughput is not compared: the two runs measured no batch size in common.");
        }
        return c.throughput().stream().map(PairComparison::throughput).toList();
    }

    private static String throughput(ThroughputComparison t) {
        return "Batch " + t.batchSize() + ": A " + IntervalText.rate(t.a(), false) + ", B " + IntervalText.rate(t.b(), false)
                + "; B \u2212 A " + IntervalText.rate(t.difference(), true) + ": " + IntervalText.faster(t.verdict());
    }
}
