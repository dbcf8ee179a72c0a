package org.inferscope.engine.sweep;

import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.resources.EnergyReading;
import org.inferscope.engine.stats.Bootstrap;
import org.inferscope.engine.stats.ConfidenceInterval;

/**
 * One run's headline numbers, each with its 95 % bootstrap interval where the samples allow.
 *
 * @param accuracy fraction of rows right (classification), or null
 * @param p50Micros single-row median latency, or null without latency samples
 * @param p99Micros single-row 99th percentile latency, or null
 * @param rowsPerSecond median throughput over the rounds at {@code batchSize}, or null
 * @param batchSize the batch size of {@code rowsPerSecond}, 0 when none
 * @param peakResidentBytes the process's peak resident memory during the run, -1 where unknown
 * @param modelBytes the (variant) model file's size
 * @param energy energy per 1,000 inferences, or why not
 */
public record RunStatistics(ConfidenceInterval accuracy, ConfidenceInterval p50Micros, ConfidenceInterval p99Micros,
                            ConfidenceInterval rowsPerSecond, int batchSize, long peakResidentBytes, long modelBytes,
                            EnergyReading energy) {

    /** The statistics of a run; {@code batchSize} picks the throughput, 0 for the largest measured. */
    public static RunStatistics of(SampledRun run, Bootstrap bootstrap, int batchSize) {
        boolean[] correct = run.correctness();
        ConfidenceInterval accuracy = correct == null || correct.length == 0 ? null : bootstrap.accuracy(correct);
        double[] micros = run.latencyMicros();
        ConfidenceInterval p50 = micros.length == 0 ? null : bootstrap.percentile(micros, 50);
        ConfidenceInterval p99 = micros.length == 0 ? null : bootstrap.percentile(micros, 99);
        int batch = batchSize > 0 ? batchSize
                : run.rounds().stream().mapToInt(SampledRun.Rounds::batchSize).max().orElse(0);
        double[] rounds = run.roundsAt(batch);
        ConfidenceInterval rate = rounds.length == 0 ? null : bootstrap.percentile(rounds, 50);
        RunResult r = run.result();
        long rss = r.memory() == null ? -1 : r.memory().peakResidentBytes();
        return new RunStatistics(accuracy, p50, p99, rate, rounds.length == 0 ? 0 : batch, rss, run.modelBytes(),
                run.energy());
    }
}
