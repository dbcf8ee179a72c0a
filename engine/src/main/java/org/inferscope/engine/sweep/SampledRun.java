package org.inferscope.engine.sweep;

import java.util.List;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.resources.EnergyReading;
import org.inferscope.engine.stats.Percentiles;

/**
 * A run result with the raw samples behind it, for confidence intervals and row-by-row comparison.
 *
 * @param result the run's result, as {@code eval} writes it
 * @param latencyNanos every timed single-row call, in call order; empty without latency
 * @param rounds rows per second of every timed throughput round, per batch size
 * @param correct one character per row, '1' right and '0' wrong (classification); null for regression
 * @param energy energy per 1,000 inferences in the throughput rounds, or why not
 */
public record SampledRun(RunResult result, long[] latencyNanos, List<Rounds> rounds, String correct,
                         EnergyReading energy) {

    public SampledRun {
        latencyNanos = latencyNanos == null ? new long[0] : latencyNanos;
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
    }

    /** Throughput rounds at one batch size. */
    public record Rounds(int batchSize, double[] rowsPerSecond) {
    }

    public double[] latencyMicros() {
        return Percentiles.micros(latencyNanos);
    }

    /** The rounds at {@code batchSize}, or an empty array. */
    public double[] roundsAt(int batchSize) {
        return rounds.stream().filter(r -> r.batchSize() == batchSize).map(Rounds::rowsPerSecond).findFirst()
                .orElse(new double[0]);
    }

    /** Per-row correctness, or null for regression. */
    public boolean[] correctness() {
        if (correct == null) {
            return null;
        }
        boolean[] flags = new boolean[correct.length()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = correct.charAt(i) == '1';
        }
        return flags;
    }

    /** The model file's size: the variant's for a variant. */
    public long modelBytes() {
        return result.transform() != null ? result.transform().variantBytes() : result.model().sizeBytes();
    }
}
