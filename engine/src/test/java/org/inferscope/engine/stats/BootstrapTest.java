package org.inferscope.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    private static boolean[] rightOf(int right, int rows) {
        boolean[] flags = new boolean[rows];
        for (int i = 0; i < right; i++) {
            flags[i] = true;
        }
        return flags;
    }

    private static double[] normal(int n, double mean, double sd, long seed) {
        Random random = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = mean + sd * random.nextGaussian();
        }
        return v;
    }

    @Test
    void accuracyIntervalHoldsTheEstimateAndMatchesTheNormalApproximation() {
        ConfidenceInterval ci = new Bootstrap(42).accuracy(rightOf(900, 1000));
        assertEquals(0.9, ci.estimate(), 1e-12);
        // normal approximation: 0.9 +- 1.96 * sqrt(0.9 * 0.1 / 1000) = +- 0.0186
        assertEquals(0.9 - 0.0186, ci.lower(), 0.004);
        assertEquals(0.9 + 0.0186, ci.upper(), 0.004);
        assertEquals(1000, ci.samples());
    }

    @Test
    void moreRowsGiveANarrowerInterval() {
        ConfidenceInterval small = new Bootstrap(1).accuracy(rightOf(90, 100));
        ConfidenceInterval large = new Bootstrap(1).accuracy(rightOf(9000, 10000));
        assertTrue(large.upper() - large.lower() < (small.upper() - small.lower()) / 5);
    }

    @Test
    void theSameSeedGivesTheSameInterval() {
        double[] v = normal(300, 100, 10, 3);
        assertEquals(new Bootstrap(7).percentile(v, 99), new Bootstrap(7).percentile(v, 99));
    }

    @Test
    void constantSamplesHaveAPointInterval() {
        ConfidenceInterval ci = new Bootstrap(1).percentile(new double[] {5, 5, 5, 5}, 50);
        assertEquals(5, ci.lower());
        assertEquals(5, ci.upper());
    }

    @Test
    void clearlyFasterSamplesAreCalledFaster() {
        LatencyComparison c = LatencyComparison.of(new Bootstrap(5), normal(500, 100, 5, 1), normal(500, 80, 5, 2), 50);
        assertEquals(Verdict.B_BETTER, c.verdict());
        assertTrue(c.difference().contains(-20), c.toString());
    }

    @Test
    void samplesFromOneDistributionShowNoSignificantDifference() {
        LatencyComparison c = LatencyComparison.of(new Bootstrap(5), normal(500, 100, 5, 1), normal(500, 100, 5, 2), 50);
        assertEquals(Verdict.NO_SIGNIFICANT_DIFFERENCE, c.verdict(), c.toString());
        LatencyComparison tail = LatencyComparison.of(new Bootstrap(5), normal(500, 100, 5, 1), normal(500, 100, 5, 2), 99);
        assertEquals(Verdict.NO_SIGNIFICANT_DIFFERENCE, tail.verdict(), tail.toString());
    }

    @Test
    void moreThroughputIsBetter() {
        ThroughputComparison c = ThroughputComparison.of(new Bootstrap(5), 64, normal(30, 1000, 20, 1),
                normal(30, 1500, 20, 2));
        assertEquals(Verdict.B_BETTER, c.verdict());
    }

    /** The plain definition: copy each resample and take its percentile. */
    private static ConfidenceInterval copiedResamples(double[] samples, double percentile, int resamples, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        double[] stats = new double[resamples];
        double[] resample = new double[samples.length];
        for (int r = 0; r < resamples; r++) {
            for (int i = 0; i < resample.length; i++) {
                resample[i] = samples[random.nextInt(samples.length)];
            }
            stats[r] = Percentiles.of(resample, percentile);
        }
        java.util.Arrays.sort(stats);
        org.apache.commons.math3.stat.descriptive.rank.Percentile p =
                new org.apache.commons.math3.stat.descriptive.rank.Percentile()
                        .withEstimationType(org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType.R_7);
        p.setData(stats);
        double estimate = Percentiles.of(samples, percentile);
        return new ConfidenceInterval(estimate, Math.min(p.evaluate(2.5), estimate), Math.max(p.evaluate(97.5), estimate),
                0.95, samples.length);
    }

    @Test
    void countedResamplesGiveTheIntervalsOfCopiedResamplesExactly() {
        double[] latencies = normal(997, 40, 6, 3);
        for (int i = 0; i < latencies.length; i += 7) {
            latencies[i] = Math.rint(latencies[i]); // ties, as rounded timer readings have
        }
        latencies[5] = 900; // a spike
        for (double percentile : new double[] {0, 1, 50, 90, 99, 99.9, 100}) {
            ConfidenceInterval fast = new Bootstrap(300, 11).percentile(latencies, percentile);
            ConfidenceInterval plain = copiedResamples(latencies, percentile, 300, 11);
            assertEquals(plain.lower(), fast.lower(), 1e-9, "lower bound at p" + percentile);
            assertEquals(plain.upper(), fast.upper(), 1e-9, "upper bound at p" + percentile);
            assertEquals(plain.estimate(), fast.estimate(), 0, "estimate at p" + percentile);
        }
        double[] one = {42};
        assertEquals(42, new Bootstrap(100, 1).percentile(one, 99).upper(), 0);
    }
}
