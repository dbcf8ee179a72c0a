package org.inferscope.engine.stats;

/**
 * Median rows per second over timed rounds of A and B, with intervals, and the interval of the
 * difference {@code B - A}: B has more throughput only when that whole interval is above zero.
 */
public record ThroughputComparison(int batchSize, ConfidenceInterval a, ConfidenceInterval b,
                                   ConfidenceInterval difference, Verdict verdict) {

    public static ThroughputComparison of(Bootstrap bootstrap, int batchSize, double[] aRounds, double[] bRounds) {
        ConfidenceInterval a = bootstrap.percentile(aRounds, 50);
        ConfidenceInterval b = bootstrap.percentile(bRounds, 50);
        ConfidenceInterval diff = bootstrap.percentileDifference(aRounds, bRounds, 50);
        Verdict verdict = diff.excludesZeroAbove() ? Verdict.B_BETTER
                : diff.excludesZeroBelow() ? Verdict.A_BETTER : Verdict.NO_SIGNIFICANT_DIFFERENCE;
        return new ThroughputComparison(batchSize, a, b, diff, verdict);
    }
}
