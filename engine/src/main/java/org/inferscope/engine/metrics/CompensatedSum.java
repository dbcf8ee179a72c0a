package org.inferscope.engine.metrics;

import java.io.Serializable;

/**
 * Neumaier's compensated summation: the running error of each addition is kept and added back.
 * Mergeable, so that partial sums made on several machines add up to the same total within rounding.
 */
public final class CompensatedSum implements Serializable {
    private static final long serialVersionUID = 1L;

    private double sum;
    private double compensation;

    public CompensatedSum() {
    }

    public void add(double x) {
        double t = sum + x;
        if (Math.abs(sum) >= Math.abs(x)) {
            compensation += (sum - t) + x;
        } else {
            compensation += (x - t) + sum;
        }
        sum = t;
    }

    /** Adds another partial sum, its running error included. */
    public void add(CompensatedSum other) {
        add(other.sum);
        add(other.compensation);
    }

    public double value() {
        return sum + compensation;
    }
}
