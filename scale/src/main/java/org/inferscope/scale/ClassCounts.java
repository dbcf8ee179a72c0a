package org.inferscope.scale;

import java.io.Serializable;
import java.util.List;
import org.inferscope.engine.api.Quality;
import org.inferscope.engine.metrics.ClassificationMetrics;
import org.inferscope.engine.metrics.ConfusionMatrix;

/**
 * A partition's confusion counts over the class order decided on the driver: [true][predicted], and per
 * true class the predictions outside the class list. Partitions add up exactly.
 */
final class ClassCounts implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long[][] counts;
    private final long[] unknown;

    ClassCounts(int classes) {
        counts = new long[classes][classes];
        unknown = new long[classes];
    }

    /** Counts a batch: {@code predicted[i]} may be {@link org.inferscope.engine.binding.OutputReader#UNKNOWN_CLASS}. */
    void add(int[] truth, int[] predicted, int rows) {
        for (int i = 0; i < rows; i++) {
            int p = predicted[i];
            if (p >= 0 && p < counts.length) {
                counts[truth[i]][p]++;
            } else {
                unknown[truth[i]]++;
            }
        }
    }

    void merge(ClassCounts other) {
        for (int t = 0; t < counts.length; t++) {
            unknown[t] += other.unknown[t];
            for (int p = 0; p < counts.length; p++) {
                counts[t][p] += other.counts[t][p];
            }
        }
    }

    ConfusionMatrix matrix(List<String> classNames) {
        return ConfusionMatrix.ofCounts(classNames, counts, unknown);
    }

    Quality quality(List<String> classNames) {
        return ClassificationMetrics.of(matrix(classNames));
    }
}
