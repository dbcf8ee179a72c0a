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
}
