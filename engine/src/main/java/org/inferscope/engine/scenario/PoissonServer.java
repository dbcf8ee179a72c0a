package org.inferscope.engine.scenario;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.inferscope.engine.bench.CancellationToken;
import org.inferscope.engine.stats.Percentiles;

/**
 * Issues single-row queries at Poisson arrival times to one server that answers them in order, as
 * LoadGen's Server scenario does with one query in flight per server. A query's latency runs from its
 * scheduled arrival to its completion, so time spent queued behind earlier queries counts: above the
 * server's capacity the queue, and the latency, grow without bound.
 */
public final class PoissonServer {
    private final ScenarioClock clock;
    private final IntConsumer serve;
    private final int rows;
    private final CancellationToken cancel;

    /** @param serve answers one query for the given dataset row */
    public PoissonServer(ScenarioClock clock, IntConsumer serve, int rows, CancellationToken cancel) {
        this.clock = clock;
        this.serve = serve;
        this.rows = rows;
        this.cancel = cancel == null ? new CancellationToken() : cancel;
    }

    /** Mean time of {@code calls} back-to-back queries, in nanoseconds: the service time. */
    public double serviceNanos(int calls) {
        long start = clock.nanoTime();
        for (int i = 0; i < calls; i++) {
            serve.accept(i % rows);
        }
        return Math.max(1.0, (clock.nanoTime() - start) / (double) calls);
    }

    public ServerTrial trial(double ratePerSecond, int queries, long boundNanos, long seed) {
        ExponentialDistribution gaps = new ExponentialDistribution(new Well19937c(seed), 1e9 / ratePerSecond);
        int allowedOver = queries - (int) Math.ceil(0.99 * queries);
        double[] latencies = new double[queries];
        long arrival = clock.nanoTime();
        int over = 0;
        int issued = 0;
        boolean stopped = false;
        while (issued < queries) {
            cancel.throwIfCancelled();
            arrival += (long) gaps.sample();
            clock.waitUntil(arrival);
            serve.accept(issued % rows);
            long latency = clock.nanoTime() - arrival;
            latencies[issued++] = latency / 1_000.0;
            over += latency > boundNanos ? 1 : 0;
            if (over > allowedOver) {
                stopped = issued < queries;
                break;
            }
        }
        double[] seen = Arrays.copyOf(latencies, issued);
        double p99 = Percentiles.of(seen, 99);
        return new ServerTrial(ratePerSecond, queries, issued, Percentiles.of(seen, 50), p99,
                over <= allowedOver && p99 <= boundNanos / 1_000.0, stopped);
    }
}
