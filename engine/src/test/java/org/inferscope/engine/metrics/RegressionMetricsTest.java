package org.inferscope.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import org.inferscope.engine.api.Quality;
import org.junit.jupiter.api.Test;

class RegressionMetricsTest {

    @Test
    void errorsMatchAHandComputedExample() {
        // truth 1 2 3 4, predicted 1 3 2 6: errors 0 1 -1 2 -> mse 6/4, mae 4/4; mean 2.5, ss_tot 5 -> r2 1 - 6/5
        Quality q = RegressionMetrics.of(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 6});
        assertEquals(1.5, q.mse(), 1e-12);
        assertEquals(Math.sqrt(1.5), q.rmse(), 1e-12);
        assertEquals(1.0, q.mae(), 1e-12);
        assertEquals(-0.2, q.r2(), 1e-12);
        assertEquals(4, q.rows());
        assertNull(q.accuracy());
    }

    @Test
    void aConstantTruthPredictedPerfectlyHasRSquaredOne() {
        assertEquals(1.0, RegressionMetrics.of(new double[] {2, 2}, new double[] {2, 2}).r2());
        assertEquals(0.0, RegressionMetrics.of(new double[] {2, 2}, new double[] {2, 3}).r2());
    }

    @Test
    void manySmallErrorsAfterALargeOneAreNotLost() {
        int n = 1_000_001;
        double[] truth = new double[n];
        double[] predicted = new double[n];
        Arrays.fill(predicted, 1e-8);
        predicted[0] = 1e8;
        double expectedMae = (1e8 + (n - 1) * 1e-8) / n;
        assertEquals(expectedMae, RegressionMetrics.of(truth, predicted).mae(), expectedMae * 1e-15);
    }
}
