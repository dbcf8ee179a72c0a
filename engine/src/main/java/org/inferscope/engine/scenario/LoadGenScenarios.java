package org.inferscope.engine.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.RunMode;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.bench.CancellationToken;
import org.inferscope.engine.bench.RunListener;
import org.inferscope.engine.stats.Bootstrap;
import org.inferscope.engine.stats.ConfidenceInterval;
import org.inferscope.engine.sweep.SampledEvaluation;
import org.inferscope.engine.sweep.SampledRun;

/** SingleStream and Offline, measured with the engine's own harness and given bootstrap intervals. */
public final class LoadGenScenarios {
    private final SampledEvaluation evaluation;

    public LoadGenScenarios(SampledEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    /**
     * SingleStream: one query of one row at a time, the next as soon as the previous completes; the
     * metric is the 90th percentile latency.
     *
     * @param p90Micros the metric, with its interval
     * @param p50Micros the median beside it
     */
    public record SingleStream(ConfidenceInterval p90Micros, ConfidenceInterval p50Micros, long queries) {
    }

    /** Offline: all rows available at once; the metric is the most rows per second over the batch sizes tried. */
    public record Offline(List<BatchRate> rates, int bestBatchSize, ConfidenceInterval bestRowsPerSecond) {
    }

    /** Median rows per second over the rounds at one batch size. */
    public record BatchRate(int batchSize, ConfidenceInterval rowsPerSecond) {
    }

    public SingleStream singleStream(RunSpec base, Dataset data, RunListener listener, CancellationToken cancel) {
        RunSpec spec = with(base, Set.of(RunMode.ONLINE), base.batchSizes());
        SampledRun run = evaluation.run(spec, data, listener, cancel);
        Bootstrap bootstrap = new Bootstrap(base.seed());
        double[] micros = run.latencyMicros();
        return new SingleStream(bootstrap.percentile(micros, 90), bootstrap.percentile(micros, 50), micros.length);
    }

    public Offline offline(RunSpec base, Dataset data, RunListener listener, CancellationToken cancel) {
        RunSpec spec = with(base, Set.of(RunMode.BATCH), base.batchSizes());
        SampledRun run = evaluation.run(spec, data, listener, cancel);
        Bootstrap bootstrap = new Bootstrap(base.seed());
        List<BatchRate> rates = new ArrayList<>();
        BatchRate best = null;
        for (SampledRun.Rounds r : run.rounds()) {
            BatchRate rate = new BatchRate(r.batchSize(), bootstrap.percentile(r.rowsPerSecond(), 50));
            rates.add(rate);
            if (best == null || rate.rowsPerSecond().estimate() > best.rowsPerSecond().estimate()) {
                best = rate;
            }
        }
        return new Offline(rates, best == null ? 0 : best.batchSize(), best == null ? null : best.rowsPerSecond());
    }

    private static RunSpec with(RunSpec b, Set<RunMode> modes, List<Integer> batches) {
        return new RunSpec(b.model(), b.data(), b.dataOptions(), b.device(), b.scaling(), modes, batches, b.warmup(),
                b.iterations(), b.threads(), b.seed(), b.classOrder(), b.transform());
    }
}
