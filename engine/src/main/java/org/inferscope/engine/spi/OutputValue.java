package org.inferscope.engine.spi;

import java.util.List;

/**
 * One output of a batch, converted out of the backend's types. Exactly one of {@code scores},
 * {@code intLabels} and {@code stringLabels} is set.
 *
 * @param rows rows in the batch
 * @param width scores per row (1 for a regression value or a label)
 * @param scores row-major scores (probabilities, logits, log-probabilities, or regression values)
 * @param scoreKeys for scores that came from maps (scikit-learn's ZipMap): the key of each column,
 *                  in column order; else empty
 * @param intLabels predicted integer labels, one per row
 * @param stringLabels predicted string labels, one per row
 */
public record OutputValue(int rows, int width, double[] scores, List<String> scoreKeys,
                          long[] intLabels, String[] stringLabels) {

    public OutputValue {
        scoreKeys = scoreKeys == null ? List.of() : List.copyOf(scoreKeys);
        int set = (scores != null ? 1 : 0) + (intLabels != null ? 1 : 0) + (stringLabels != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("an output holds exactly one of scores, int labels, string labels");
        }
    }

    public static OutputValue scores(int rows, int width, double[] scores) {
        return new OutputValue(rows, width, scores, List.of(), null, null);
    }

    public static OutputValue keyedScores(int rows, List<String> keys, double[] scores) {
        return new OutputValue(rows, keys.size(), scores, keys, null, null);
    }

    public static OutputValue intLabels(long[] labels) {
        return new OutputValue(labels.length, 1, null, List.of(), labels, null);
    }

    public static OutputValue stringLabels(String[] labels) {
        return new OutputValue(labels.length, 1, null, List.of(), null, labels);
    }
}
