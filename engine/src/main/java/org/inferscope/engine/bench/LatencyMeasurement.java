package org.inferscope.engine.bench;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.inferscope.engine.api.LatencySummary;
import org.inferscope.engine.spi.InputBatch;

/**
 * Single-row latency: {@code warmup} untimed calls, then {@code iterations} calls cycling through the
 * rows, each timed alone with {@link System#nanoTime()} into an HdrHistogram {@link Recorder}.
 */
public final class LatencyMeasurement {
    private static final int SIGNIFICANT_DIGITS = 3;
    private static final double NANOS_PER_MICRO = 1_000.0;

    private final SessionContext ctx;

    LatencyMeasurement(SessionContext ctx) {
        this.ctx = ctx;
    }

    LatencySummary run(int warmup, int iterations) {
        ctx.listener().onPhase(Phase.LATENCY, iterations);
        for (int i = 0; i < warmup; i++) {
            ctx.call(ctx.cycledRow(i), 1);
        }
        Recorder recorder = new Recorder(SIGNIFICANT_DIGITS);
        long step = Math.max(1, iterations / 100);
        for (int i = 0; i < iterations; i++) {
            ctx.cancel().throwIfCancelled();
            InputBatch row = ctx.batch(ctx.cycledRow(warmup + (long) i), 1);
            long start = System.nanoTime();
            ctx.session().predict(row);
            long nanos = System.nanoTime() - start;
            recorder.recordValue(Math.max(0, nanos));
            ctx.listener().onLatencySample(nanos);
            if ((i + 1) % step == 0 || i + 1 == iterations) {
                ctx.listener().onProgress(Phase.LATENCY, i + 1, iterations);
            }
        }
        return summary(recorder.getIntervalHistogram());
    }

    /** The summary of a latency histogram recorded in nanoseconds. */
    public static LatencySummary summary(Histogram h) {
        return new LatencySummary(h.getTotalCount(), micros(h.getMinValue()),
                micros(h.getValueAtPercentile(50)), micros(h.getValueAtPercentile(90)),
                micros(h.getValueAtPercentile(99)), micros(h.getValueAtPercentile(99.9)),
                micros(h.getMaxValue()), h.getMean() / NANOS_PER_MICRO, h.getStdDeviation() / NANOS_PER_MICRO);
    }

    private static double micros(long nanos) {
        return nanos / NANOS_PER_MICRO;
    }
}
