package org.inferscope.app.viewmodel;

import java.util.List;
import java.util.Random;
import org.inferscope.engine.api.Quality;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.resources.EnergyReading;
import org.inferscope.engine.sweep.SampledRun;

/** Hand-made rows with raw samples, for tests of intervals and pair comparisons. */
final class SampledRows {
    static final String NO_RAPL = "not measurable on this machine: /sys/class/powercap has no intel-rapl zones";

    private SampledRows() {
    }

    /**
     * A classification run of 100 rows, the first {@code right} of them right, with 400 single-row latencies
     * spread evenly around {@code p50Micros} (±5 %) and eight throughput rounds at batch 32.
     */
    static ComparisonRow of(int index, String label, int right, double p50Micros, double rowsPerSecond) {
        ComparisonRow plain = SampleRows.classification(index, label, right / 100.0, p50Micros);
        return sampled(plain, plain.result(), right, p50Micros, rowsPerSecond, index + 1L);
    }

    /** As {@link #of}, but scored on {@code rows} rows: another dataset. */
    static ComparisonRow onRows(int index, String label, int rows) {
        ComparisonRow plain = SampleRows.classification(index, label, 0.9, 50);
        RunResult r = plain.result();
        Quality q = Quality.classification(rows, 0.9, 0.9, List.of(), List.of("a", "b"), new long[][] {{1, 0}, {0, 1}}, 0);
        RunResult other = new RunResult(r.schemaVersion(), r.model(), r.dataset(), q, r.latency(), r.throughput(),
                r.memory(), r.notes(), r.provenance(), r.transform(), r.fidelity());
        return sampled(plain, other, rows * 9 / 10, 50, 10_000, index + 1L);
    }

    private static ComparisonRow sampled(ComparisonRow plain, RunResult result, int right, double p50Micros,
                                         double rowsPerSecond, long runId) {
        Random random = new Random(7);
        long[] nanos = new long[400];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = Math.round(p50Micros * 1000 * (0.95 + 0.1 * random.nextDouble()));
        }
        double[] rounds = new double[8];
        for (int i = 0; i < rounds.length; i++) {
            rounds[i] = rowsPerSecond * (0.98 + 0.04 * random.nextDouble());
        }
        int rows = (int) result.quality().rows();
        String correct = "1".repeat(right) + "0".repeat(rows - right);
        SampledRun samples = new SampledRun(result, nanos, List.of(new SampledRun.Rounds(32, rounds)), correct,
                EnergyReading.notMeasurable(NO_RAPL));
        return new ComparisonRow(plain.label(), plain.colour(), result, samples, runId);
    }
}
