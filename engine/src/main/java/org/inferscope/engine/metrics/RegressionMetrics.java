package org.inferscope.engine.metrics;

import org.inferscope.engine.api.Quality;

/**
 * Mean squared error, its root, mean absolute error and R² over every row. Sums are compensated
 * (Neumaier) so that a million small errors do not vanish into a large total.
 *
 * <p>When the truth is constant, R² has no denominator: it is 1 for a perfect prediction and 0
 * otherwise, as scikit-learn reports it.
 */
public final class RegressionMetrics {

    private RegressionMetrics() {
    }

    public static Quality of(double[] truth, double[] predicted) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException(truth.length + " true values for " + predicted.length + " predictions");
        }
        int n = truth.length;
        if (n == 0) {
            return Quality.regression(0, 0, 0, 0);
        }
        CompensatedSum squared = new CompensatedSum();
        CompensatedSum absolute = new CompensatedSum();
        CompensatedSum sumTruth = new CompensatedSum();
        for (int i = 0; i < n; i++) {
            double e = predicted[i] - truth[i];
            squared.add(e * e);
            absolute.add(Math.abs(e));
            sumTruth.add(truth[i]);
        }
        double mean = sumTruth.value() / n;
        CompensatedSum total = new CompensatedSum();
        for (double t : truth) {
            total.add((t - mean) * (t - mean));
        }
        return of(n, squared.value(), absolute.value(), total.value());
    }

    /**
     * The metrics from sums already taken (for instance merged from partial sums made on several machines).
     *
     * @param squaredErrors sum of squared errors
     * @param absoluteErrors sum of absolute errors
     * @param totalSquares sum of squared deviations of the truth from its mean
     */
    public static Quality of(long rows, double squaredErrors, double absoluteErrors, double totalSquares) {
        if (rows == 0) {
            return Quality.regression(0, 0, 0, 0);
        }
        double r2 = totalSquares == 0 ? (squaredErrors == 0 ? 1 : 0) : 1 - squaredErrors / totalSquares;
        return Quality.regression(rows, squaredErrors / rows, absoluteErrors / rows, r2);
    }
}
