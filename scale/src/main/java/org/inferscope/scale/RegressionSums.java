package org.inferscope.scale;

import java.io.Serializable;
import org.inferscope.engine.api.Quality;
import org.inferscope.engine.metrics.CompensatedSum;
import org.inferscope.engine.metrics.RegressionMetrics;

/**
 * A partition's regression sums: compensated sums of squared and absolute errors, and the truth's count,
 * mean and sum of squared deviations (Welford within a partition, Chan et al. across partitions), so
 * that R² needs no second pass over rows that have already left.
 */
final class RegressionSums implements Serializable {
    private static final long serialVersionUID = 1L;

    private final CompensatedSum squared = new CompensatedSum();
    private final CompensatedSum absolute = new CompensatedSum();
    private long n;
    private double mean;
    private double m2;

    void add(double[] truth, double[] predicted, int rows) {
        for (int i = 0; i < rows; i++) {
            double e = predicted[i] - truth[i];
            squared.add(e * e);
            absolute.add(Math.abs(e));
            n++;
            double delta = truth[i] - mean;
            mean += delta / n;
            m2 += delta * (truth[i] - mean);
        }
    }

    void merge(RegressionSums other) {
        squared.add(other.squared);
        absolute.add(other.absolute);
        if (other.n == 0) {
            return;
        }
        long total = n + other.n;
        double delta = other.mean - mean;
        m2 += other.m2 + delta * delta * ((double) n * other.n / total);
        mean += delta * other.n / total;
        n = total;
    }

    Quality quality() {
        return RegressionMetrics.of(n, squared.value(), absolute.value(), m2);
    }
}
