package org.inferscope.engine.stats;

/**
 * One latency percentile of A and B with their intervals, and the interval of the difference
 * {@code B - A}: B is faster only when that whole interval is below zero.
 *
 * @param percentile e.g. 50 or 99
 * @param a A's percentile, microseconds
 * @param b B's percentile, microseconds
 * @param difference B minus A, microseconds
 * @param verdict {@link Verdict#B_BETTER} when B is faster
 */
public record LatencyComparison(double percentile, ConfidenceInterval a, ConfidenceInterval b,
                                ConfidenceInterval difference, Verdict verdict) {

    /** Compares the percentile of two sets of raw per-call latencies (microseconds). */
    public static LatencyComparison of(Bootstrap bootstrap, double[] aMicros, double[] bMicros, double percentile) {
        ConfidenceInterval a = bootstrap.percentile(aMicros, percentile);
        ConfidenceInterval b = bootstrap.percentile(bMicros, percentile);
        ConfidenceInterval diff = bootstrap.percentileDifference(aMicros, bMicros, percentile);
        Verdict verdict = diff.excludesZeroBelow() ? Verdict.B_BETTER
                : diff.excludesZeroAbove() ? Verdict.A_BETTER : Verdict.NO_SIGNIFICANT_DIFFERENCE;
        return new LatencyComparison(percentile, a, b, diff, verdict);
    }
}
