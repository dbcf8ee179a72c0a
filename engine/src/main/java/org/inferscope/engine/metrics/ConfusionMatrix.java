package org.inferscope.engine.metrics;

import java.util.List;

/**
 * Counts of [true class][predicted class], built once from two label arrays and shared by every
 * classification metric. A prediction outside the class list (an unknown label, id -1) is counted
 * per true class in {@link #unknown(int)}: it is wrong, and belongs to no predicted column.
 */
public final class ConfusionMatrix {
    private final List<String> classNames;
    private final long[][] counts;
    private final long[] unknownByTrueClass;
    private final long total;

    private ConfusionMatrix(List<String> classNames, long[][] counts, long[] unknownByTrueClass, long total) {
        this.classNames = classNames;
        this.counts = counts;
        this.unknownByTrueClass = unknownByTrueClass;
        this.total = total;
    }

    /** Builds the matrix; every truth must be a valid class id, a prediction may be any int. */
    public static ConfusionMatrix of(int[] truth, int[] predicted, List<String> classNames) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException(truth.length + " true labels for " + predicted.length + " predictions");
        }
        int n = classNames.size();
        long[][] counts = new long[n][n];
        long[] unknown = new long[n];
        for (int i = 0; i < truth.length; i++) {
            int t = truth[i];
            if (t < 0 || t >= n) {
                throw new IllegalArgumentException("true class id " + t + " at row " + i + " is not one of " + n);
            }
            int p = predicted[i];
            if (p >= 0 && p < n) {
                counts[t][p]++;
            } else {
                unknown[t]++;
            }
        }
        return new ConfusionMatrix(List.copyOf(classNames), counts, unknown, truth.length);
    }

    /**
     * A matrix from counts already taken (for instance merged from partial counts made on several machines).
     *
     * @param counts [true class][predicted class]
     * @param unknownByTrueClass per true class, rows predicted as something outside the class list
     */
    public static ConfusionMatrix ofCounts(List<String> classNames, long[][] counts, long[] unknownByTrueClass) {
        int n = classNames.size();
        if (counts.length != n || unknownByTrueClass.length != n) {
            throw new IllegalArgumentException("counts for " + counts.length + " classes, " + n + " class names");
        }
        long total = 0;
        long[][] copy = new long[n][];
        for (int t = 0; t < n; t++) {
            if (counts[t].length != n) {
                throw new IllegalArgumentException("row " + t + " holds " + counts[t].length + " counts, not " + n);
            }
            copy[t] = counts[t].clone();
            for (long c : copy[t]) {
                total += c;
            }
            total += unknownByTrueClass[t];
        }
        return new ConfusionMatrix(List.copyOf(classNames), copy, unknownByTrueClass.clone(), total);
    }

    public List<String> classNames() {
        return classNames;
    }

    public int classCount() {
        return classNames.size();
    }

    public long count(int trueClass, int predictedClass) {
        return counts[trueClass][predictedClass];
    }

    /** Rows of this true class predicted as something outside the class list. */
    public long unknown(int trueClass) {
        return unknownByTrueClass[trueClass];
    }

    /** All rows predicted as something outside the class list. */
    public long unknownTotal() {
        long sum = 0;
        for (long u : unknownByTrueClass) {
            sum += u;
        }
        return sum;
    }

    public long total() {
        return total;
    }

    public long truePositives(int c) {
        return counts[c][c];
    }

    /** Rows whose true class is {@code c}, including those predicted as an unknown label. */
    public long support(int c) {
        long sum = unknownByTrueClass[c];
        for (long v : counts[c]) {
            sum += v;
        }
        return sum;
    }

    /** Rows predicted as class {@code c}. */
    public long predicted(int c) {
        long sum = 0;
        for (long[] row : counts) {
            sum += row[c];
        }
        return sum;
    }

    public long correct() {
        long sum = 0;
        for (int c = 0; c < counts.length; c++) {
            sum += counts[c][c];
        }
        return sum;
    }

    /** A copy of the counts, [true][predicted]. */
    public long[][] counts() {
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }
}
