package org.inferscope.engine.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.inferscope.engine.api.ThroughputPoint;
import org.inferscope.engine.spi.InputBatch;

/**
 * Rows per second at each batch size: a warm-up, then timed rounds of whole batches; the point is
 * the median round with the slowest and fastest beside it.
 */
final class ThroughputMeasurement {
    static final int MIN_ROUNDS = 5;
    static final int MAX_ROUNDS = 30;
    private static final long MAX_BATCHES_PER_ROUND = 100_000;
    private static final double NANOS_PER_SECOND = 1e9;

    private final SessionContext ctx;
    private final RoundTiming timing;
    private final List<String> notes = new ArrayList<>();

    ThroughputMeasurement(SessionContext ctx, RoundTiming timing) {
        this.ctx = ctx;
        this.timing = timing;
    }

    /** Rounds per batch size: the run's iterations, kept within 5..30. */
    static int rounds(int iterations) {
        return Math.max(MIN_ROUNDS, Math.min(MAX_ROUNDS, iterations));
    }

    List<ThroughputPoint> run(List<Integer> batchSizes, int warmup, int iterations) {
        ctx.listener().onPhase(Phase.THROUGHPUT, batchSizes.size());
        List<ThroughputPoint> points = new ArrayList<>();
        for (int b : batchSizes) {
            ThroughputPoint point = measure(b, effectiveSize(b), warmup, rounds(iterations));
            points.add(point);
            ctx.listener().onThroughput(point);
            ctx.listener().onProgress(Phase.THROUGHPUT, points.size(), batchSizes.size());
        }
        return points;
    }

    private int effectiveSize(int requested) {
        int size = Math.min(requested, ctx.binding().maxBatch());
        if (size < requested) {
            notes.add("batch size " + requested + " ran as batches of " + size + ": the model takes at most " + size + (size == 1 ? " row" : " rows") + " per call");
        }
        int capped = Math.min(size, ctx.rows());
        if (capped < size) {
            notes.add("batch size " + requested + " ran as batches of " + capped + ": the dataset has only "
                    + ctx.rows() + " rows");
        }
        return capped;
    }

    private ThroughputPoint measure(int requested, int size, int warmup, int rounds) {
        InputBatch[] batches = batches(size);
        long lastCallNanos = warmUp(batches, warmup, size);
        long perRound = batchesPerRound(lastCallNanos);
        double[] rowsPerSecond = new double[rounds];
        int next = 0;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            for (long k = 0; k < perRound; k++) {
                ctx.cancel().throwIfCancelled();
                ctx.session().predict(batches[next]);
                next = (next + 1) % batches.length;
            }
            long elapsed = Math.max(1, System.nanoTime() - start);
            rowsPerSecond[r] = perRound * size * NANOS_PER_SECOND / elapsed;
            ctx.listener().onThroughputRound(requested, rowsPerSecond[r]);
        }
        Arrays.sort(rowsPerSecond);
        return new ThroughputPoint(requested, median(rowsPerSecond), rowsPerSecond[0],
                rowsPerSecond[rounds - 1], rounds, perRound * size);
    }

    /** Consecutive batches through the dataset, built before timing so that rounds time only calls. */
    private InputBatch[] batches(int size) {
        int count = Math.max(1, ctx.rows() / size);
        InputBatch[] batches = new InputBatch[count];
        for (int i = 0; i < count; i++) {
            batches[i] = ctx.batch(i * size, size);
        }
        return batches;
    }

    /** Untimed calls: as many as make {@code warmup} rows, at least 2, at most {@code warmup}. Returns the last call's time. */
    private long warmUp(InputBatch[] batches, int warmup, int size) {
        int calls = warmup == 0 ? 0 : Math.min(warmup, Math.max(2, (warmup + size - 1) / size));
        long last = 0;
        for (int i = 0; i < calls; i++) {
            ctx.cancel().throwIfCancelled();
            long start = System.nanoTime();
            ctx.session().predict(batches[i % batches.length]);
            last = System.nanoTime() - start;
        }
        return last;
    }

    private long batchesPerRound(long callNanos) {
        long target = timing.target().toNanos();
        if (callNanos <= 0 || target == 0) {
            return timing.minBatches();
        }
        long needed = (target + callNanos - 1) / callNanos;
        return Math.min(MAX_BATCHES_PER_ROUND, Math.max(timing.minBatches(), needed));
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    List<String> notes() {
        return List.copyOf(notes);
    }
}
