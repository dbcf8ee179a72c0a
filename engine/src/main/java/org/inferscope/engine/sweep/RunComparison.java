package org.inferscope.engine.sweep;

import java.util.ArrayList;
import java.util.List;
import org.inferscope.engine.stats.Bootstrap;
import org.inferscope.engine.stats.LatencyComparison;
import org.inferscope.engine.stats.McNemarTest;
import org.inferscope.engine.stats.ThroughputComparison;

/**
 * A and B compared with statistics wherever their samples allow: McNemar and accuracy intervals from
 * per-row correctness on the same rows, p50 and p99 from the raw latencies, throughput from the
 * rounds at every batch size both measured. What cannot be compared is said in {@code notes}.
 *
 * @param accuracy McNemar's test, or null without per-row data for both on the same rows
 * @param p50 median latency comparison, or null without latency samples
 * @param p99 99th percentile comparison, or null
 * @param throughput one comparison per shared batch size
 * @param notes what was not compared, and why
 */
public record RunComparison(McNemarTest accuracy, RunStatistics a, RunStatistics b, LatencyComparison p50,
                            LatencyComparison p99, List<ThroughputComparison> throughput, List<String> notes) {

    public static RunComparison of(SampledRun a, SampledRun b, long seed) {
        Bootstrap bootstrap = new Bootstrap(seed);
        List<String> notes = new ArrayList<>();
        boolean[] ca = a.correctness();
        boolean[] cb = b.correctness();
        McNemarTest mcnemar = null;
        if (ca == null || cb == null) {
            notes.add("no McNemar test: per-row correctness is saved by sweep points, not by eval results");
        } else if (ca.length != cb.length || !sameDataset(a, b)) {
            notes.add("no McNemar test: the two runs scored different rows");
        } else {
            mcnemar = McNemarTest.of(ca, cb);
        }
        LatencyComparison p50 = null;
        LatencyComparison p99 = null;
        if (a.latencyNanos().length > 0 && b.latencyNanos().length > 0) {
            p50 = LatencyComparison.of(bootstrap, a.latencyMicros(), b.latencyMicros(), 50);
            p99 = LatencyComparison.of(bootstrap, a.latencyMicros(), b.latencyMicros(), 99);
        } else {
            notes.add("no latency intervals: raw per-call latencies are saved by sweep points, not by eval results");
        }
        List<ThroughputComparison> rates = new ArrayList<>();
        for (SampledRun.Rounds r : a.rounds()) {
            double[] other = b.roundsAt(r.batchSize());
            if (other.length > 0) {
                rates.add(ThroughputComparison.of(bootstrap, r.batchSize(), r.rowsPerSecond(), other));
            }
        }
        return new RunComparison(mcnemar, RunStatistics.of(a, bootstrap, 0), RunStatistics.of(b, bootstrap, 0), p50, p99,
                rates, notes);
    }

    private static boolean sameDataset(SampledRun a, SampledRun b) {
        String x = a.result().dataset() == null ? null : a.result().dataset().sha256();
        String y = b.result().dataset() == null ? null : b.result().dataset().sha256();
        return x == null || y == null || x.equals(y);
    }
}
