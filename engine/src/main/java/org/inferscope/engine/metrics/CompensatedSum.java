package org.inferscope.engine.metrics;

/** Neumaier's compensated summation: the running error of each addition is kept and added back. */
final class CompensatedSum {
    private double sum;
    private double compensation;

    void add(double x) {
        double t = sum + x;
        if (Math.abs(sum) >= Math.abs(x)) {
            compensation += (sum - t) + x;
        } else {
            compensation += (x - t) + sum;
        }
        sum = t;
    }

    double value() {
        return sum + compensation;
    }
}
