package org.inferscope.engine.stats;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Percentile bootstrap: resample with replacement, recompute the statistic, take the middle
 * {@code level} of the resampled statistics. Seeded, so the same data give the same interval. The
 * draws come from {@link SplittableRandom}: millions of them per interval, and a details panel waits.
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
        SplittableRandom random = new SplittableRandom(seed);
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
        SplittableRandom random = new SplittableRandom(seed);
        Resampler resampler = new Resampler(samples);
        double[] stats = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            stats[r] = resampler.draw(random).percentile(percentile);
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
        SplittableRandom random = new SplittableRandom(seed);
        Resampler ra = new Resampler(a);
        Resampler rb = new Resampler(b);
        double[] stats = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            ra.draw(random);
            rb.draw(random);
            stats[r] = rb.percentile(percentile) - ra.percentile(percentile);
        }
        return interval(Percentiles.of(b, percentile) - Percentiles.of(a, percentile), stats,
                Math.min(a.length, b.length));
    }

    /**
     * Draws resamples as counts over the sorted sample instead of as copied arrays: a resample's
     * percentile then takes one pass over the counts, not a selection over a copy. The draws are the
     * ones a copied resample would take, so the intervals are the same, several times faster (a
     * window's details panel computes them as a run is selected).
     */
    private static final class Resampler {
        private final double[] sorted;
        private final int[] rankOf;
        private final int[] counts;

        Resampler(double[] samples) {
            int n = samples.length;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> Double.compare(samples[x], samples[y]));
            sorted = new double[n];
            rankOf = new int[n];
            for (int rank = 0; rank < n; rank++) {
                sorted[rank] = samples[order[rank]];
                rankOf[order[rank]] = rank;
            }
            counts = new int[n];
        }

        /** A new resample: n draws with replacement, as indices into the original order. */
        Resampler draw(SplittableRandom random) {
            Arrays.fill(counts, 0);
            int n = sorted.length;
            for (int i = 0; i < n; i++) {
                counts[rankOf[random.nextInt(n)]]++;
            }
            return this;
        }

        /** The resample's percentile, interpolated as {@link Percentiles#of} does (R's type 7). */
        double percentile(double percentile) {
            int n = sorted.length;
            double h = (n - 1) * percentile / 100.0;
            int low = (int) Math.floor(h);
            double below = orderStatistic(low);
            if (low >= n - 1 || h == low) {
                return below;
            }
            return below + (h - low) * (orderStatistic(low + 1) - below);
        }

        /** The k-th smallest value (0-based) of the resample. */
        private double orderStatistic(int k) {
            int seen = 0;
            for (int rank = 0; rank < counts.length; rank++) {
                seen += counts[rank];
                if (seen > k) {
                    return sorted[rank];
                }
            }
            return sorted[sorted.length - 1];
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
