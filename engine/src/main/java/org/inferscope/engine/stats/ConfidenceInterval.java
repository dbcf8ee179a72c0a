package org.inferscope.engine.stats;

/**
 * A point estimate with a two-sided confidence interval.
 *
 * @param estimate the statistic on the full sample
 * @param lower lower bound
 * @param upper upper bound
 * @param level confidence level, e.g. 0.95
 * @param samples size of the sample the statistic was computed on
 */
public record ConfidenceInterval(double estimate, double lower, double upper, double level, long samples) {

    public ConfidenceInterval {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("interval [" + lower + ", " + upper + "] is empty");
        }
    }

    /** Whether the interval lies entirely above zero. */
    public boolean excludesZeroAbove() {
        return lower > 0;
    }

    /** Whether the interval lies entirely below zero. */
    public boolean excludesZeroBelow() {
        return upper < 0;
    }

    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }
}
