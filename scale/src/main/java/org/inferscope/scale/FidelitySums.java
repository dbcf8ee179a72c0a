package org.inferscope.scale;

import java.io.Serializable;
import org.inferscope.engine.api.Fidelity;
import org.inferscope.engine.api.Quality;
import org.inferscope.engine.binding.OutputReader;
import org.inferscope.engine.binding.ScoreKind;
import org.inferscope.engine.spi.OutputValue;

/**
 * How closely a variant follows the original on a partition's rows: class agreement counts and sums
 * of output differences, as the engine's fidelity comparison takes them, only per batch.
 */
final class FidelitySums implements Serializable {
    private static final long serialVersionUID = 1L;

    private long rows;
    private long sameClass;
    private boolean classesCompared;
    private boolean valuesCompared = true;
    private boolean asProbabilities;
    private long values;
    private double maxAbs;
    private double sumAbs;
    private double sumSquares;

    /** One batch: both models' outputs, and their class ids (null for regression). */
    void add(OutputValue original, OutputValue variant, int[] originalClasses, int[] variantClasses) {
        int n = original.rows();
        rows += n;
        if (originalClasses != null && variantClasses != null) {
            classesCompared = true;
            for (int i = 0; i < n; i++) {
                sameClass += originalClasses[i] == variantClasses[i] ? 1 : 0;
            }
        }
        double[] a = original.scores();
        double[] b = variant.scores();
        if (a == null || b == null || a.length != b.length) {
            valuesCompared = false;
            return;
        }
        // differences between log-probabilities of unlikely classes are huge and mean nothing
        boolean logs = OutputReader.detect(original) == ScoreKind.LOG_PROBABILITIES;
        asProbabilities |= logs;
        for (int i = 0; i < a.length; i++) {
            double d = logs ? Math.abs(Math.exp(a[i]) - Math.exp(b[i])) : Math.abs(a[i] - b[i]);
            maxAbs = Math.max(maxAbs, d);
            sumAbs += d;
            sumSquares += d * d;
        }
        values += a.length;
    }

    void merge(FidelitySums other) {
        rows += other.rows;
        sameClass += other.sameClass;
        classesCompared |= other.classesCompared;
        valuesCompared &= other.valuesCompared;
        asProbabilities |= other.asProbabilities;
        values += other.values;
        maxAbs = Math.max(maxAbs, other.maxAbs);
        sumAbs += other.sumAbs;
        sumSquares += other.sumSquares;
    }

    Fidelity fidelity(String output, Quality original) {
        Double top1 = classesCompared && rows > 0 ? sameClass / (double) rows : null;
        String compared = asProbabilities ? output + " (compared as probabilities)" : output;
        if (!valuesCompared || values == 0) {
            return new Fidelity(rows, top1, null, null, null, compared, original);
        }
        return new Fidelity(rows, top1, maxAbs, sumAbs / values, sumSquares / values, compared, original);
    }
}
