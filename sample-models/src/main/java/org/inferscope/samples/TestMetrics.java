package org.inferscope.samples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inferscope.engine.api.Quality;
import org.inferscope.engine.metrics.ClassificationMetrics;
import org.inferscope.engine.metrics.RegressionMetrics;

/** A card's test metrics, computed with the engine's metrics so that they match what the workbench reports. */
final class TestMetrics {

    private TestMetrics() {
    }

    /** accuracy and macroF1, from class names (predictions outside {@code classNames} count as wrong). */
    static Map<String, Double> classification(List<String> truth, List<String> predicted, List<String> classNames) {
        int[] t = truth.stream().mapToInt(classNames::indexOf).toArray();
        int[] p = predicted.stream().mapToInt(classNames::indexOf).toArray();
        Quality q = ClassificationMetrics.of(t, p, classNames);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("accuracy", q.accuracy());
        m.put("macroF1", q.macroF1());
        return m;
    }

    /** mse, rmse, mae and r2. */
    static Map<String, Double> regression(double[] truth, double[] predicted) {
        Quality q = RegressionMetrics.of(truth, predicted);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("mse", q.mse());
        m.put("rmse", q.rmse());
        m.put("mae", q.mae());
        m.put("r2", q.r2());
        return m;
    }
}
