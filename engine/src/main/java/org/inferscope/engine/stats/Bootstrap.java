package org.inferscope.engine.stats;

import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Percentile bootstrap: resample with replacement, recompute the statistic, take the middle
 * {@code level} of the resampled statistics. Seeded, so the same data give the same interval.
 *
 * <p>Latency intervals resample the raw per-call samples, not the HdrHistogram: the harness hands
 * every timed call to its listener, so the exact values are at hand and no bucket rounding enters.
 * Resampling treats calls as independent; bursts of noise on a shared machine make neighbouring calls
 * alike, so on a noisy machine the true uncertainty is wider than the interval says.
 */
public final class Bootstrap {
    /** Resamples per interval: enough for stable 2.5 % / 97.5 % bounds. */
    public static final int DEFAULT_RESAMPLES = 2000;
    public static final double LEVEL = 0.95;

    private final int resamples;
    private final long seed;

    public Bootstrap(int resamples, long seed) {
        if (resamples < 100) {
            throw new IllegalArgumentException("at least 100 resamples, not " + resamples);
        }
        this.resamples = resamples;
        this.seed = seed;
    }

    public Bootstrap(long seed) {
        this(DEFAULT_RESAMPLES, seed);
    }

    /** Fraction of rows right, from one flag per row. */
    public ConfidenceInterval accuracy(boolean[] correct) {
        if (correct.length == 0) {
            throw new IllegalArgumentException("no rows");
        }
        RandomGenerator random = new Well19937c(seed);
        int n = correct.length;
        double[] stats = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            int right = 0;
            for (int i = 0; i < n; i++) {
                right += correct[random.nextInt(n)] ? 1 : 0;
            }
            stats[r] = right / (double) n;
        }
        return interval(countTrue(correct) / (double) n, stats, n);
    }

    /** The {@code percentile} (0..100) of {@code samples}. */
    public ConfidenceInterval percentile(double[] samples, double percentile) {
        requireSamples(samples);
        RandomGenerator random = new Well19937c(seed);
        double[] stats = new double[resamples];
        double[] resample = new double[samples.length];
        for (int r = 0; r < resamples; r++) {
            draw(samples, resample, random);
            stats[r] = Percentiles.of(resample, percentile);
        }
        return interval(Percentiles.of(samples, percentile), stats, samples.length);
    }

    /**
     * The difference {@code percentile(b) - percentile(a)} of two independent samples, each resampled on
     * its own: an interval that excludes zero says the two differ.
     */
    public ConfidenceInterval percentileDifference(double[] a, double[] b, double percentile) {
        requireSamples(a);
        requireSamples(b);
        RandomGenerator random = new Well19937c(seed);
        double[] stats = new double[resamples];
        double[] ra = new double[a.length];
        double[] rb = new double[b.length];
        for (int r = 0; r < resamples; r++) {
            draw(a, ra, random);
            draw(b, rb, random);
            stats[r] = Percentiles.of(rb, percentile) - Percentiles.of(ra, percentile);
        }
        return interval(Percentiles.of(b, percentile) - Percentiles.of(a, percentile), stats,
                Math.min(a.length, b.length));
    }

    private static void draw(double[] from, double[] into, RandomGenerator random) {
        for (int i = 0; i < into.length; i++) {
            into[i] = from[random.nextInt(from.length)];
        }
    }

    private ConfidenceInterval interval(double estimate, double[] stats, long n) {
        Arrays.sort(stats);
        double tail = (1 - LEVEL) / 2 * 100;
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(stats);
        double lower = Math.min(p.evaluate(tail), estimate);
        double upper = Math.max(p.evaluate(100 - tail), estimate);
        return new ConfidenceInterval(estimate, lower, upper, LEVEL, n);
    }

    private static void requireSamples(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
    }

    static int countTrue(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }
}
