package org.inferscope.benchmarks;

import java.util.Random;
import org.inferscope.engine.stats.Bootstrap;

/**
 * How long one run's intervals take (accuracy over 359 rows, p50 and p99 over N latency samples,
 * 2,000 resamples each): what the window's details panel computes when a run is selected. Prints the
 * median of several rounds per sample count, after a warm-up round.
 */
public final class BootstrapBenchmark {
    private BootstrapBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Random random = new Random(1);
        boolean[] correct = new boolean[359];
        for (int i = 0; i < correct.length; i++) {
            correct[i] = random.nextDouble() < 0.97;
        }
        for (int n : new int[] {1000, 5000}) {
            double[] latencies = new double[n];
            for (int i = 0; i < n; i++) {
                latencies[i] = 20 + random.nextExponential() * 5;
            }
            intervals(correct, latencies); // warm-up
            double[] millis = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                long start = System.nanoTime();
                intervals(correct, latencies);
                millis[r] = (System.nanoTime() - start) / 1e6;
            }
            java.util.Arrays.sort(millis);
            System.out.printf(java.util.Locale.ROOT, "%,d latency samples: median %.1f ms (min %.1f, max %.1f) of %d rounds%n",
                    n, millis[rounds / 2], millis[0], millis[rounds - 1], rounds);
        }
    }

    private static void intervals(boolean[] correct, double[] latencies) {
        Bootstrap bootstrap = new Bootstrap(42);
        bootstrap.accuracy(correct);
        bootstrap.percentile(latencies, 50);
        bootstrap.percentile(latencies, 99);
    }
}
