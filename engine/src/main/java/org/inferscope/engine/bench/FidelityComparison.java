package org.inferscope.engine.bench;

import org.inferscope.engine.api.Fidelity;
import org.inferscope.engine.api.Quality;
import org.inferscope.engine.binding.OutputReader;
import org.inferscope.engine.binding.ScoreKind;
import org.inferscope.engine.spi.OutputValue;

/** Compares a variant's outputs with the original's on the same rows. */
final class FidelityComparison {

    private FidelityComparison() {
    }

    /**
     * @param original the original's recorded outputs and predictions
     * @param variant the variant's recorded outputs and predictions
     * @param originalQuality the original's quality on the same rows
     */
    static Fidelity compare(Recorded original, Recorded variant, Quality originalQuality, String output) {
        Double top1 = null;
        if (original.classes() != null && variant.classes() != null) {
            long same = 0;
            for (int i = 0; i < original.classes().length; i++) {
                same += original.classes()[i] == variant.classes()[i] ? 1 : 0;
            }
            top1 = original.classes().length == 0 ? null : same / (double) original.classes().length;
        }
        double[] a = original.values();
        double[] b = variant.values();
        if (a == null || b == null || a.length != b.length) {
            return new Fidelity(original.rows(), top1, null, null, null, output, originalQuality);
        }
        int width = (int) (a.length / Math.max(1, original.rows()));
        if (OutputReader.detect(OutputValue.scores((int) original.rows(), width, a)) == ScoreKind.LOG_PROBABILITIES) {
            // differences between log-probabilities of unlikely classes are huge and mean nothing
            a = exp(a);
            b = exp(b);
            output = output + " (compared as probabilities)";
        }
        double max = 0;
        double sumAbs = 0;
        double sumSq = 0;
        for (int i = 0; i < a.length; i++) {
            double d = Math.abs(a[i] - b[i]);
            max = Math.max(max, d);
            sumAbs += d;
            sumSq += d * d;
        }
        return new Fidelity(original.rows(), top1, max, sumAbs / a.length, sumSq / a.length, output, originalQuality);
    }

    private static double[] exp(double[] logs) {
        double[] out = new double[logs.length];
        for (int i = 0; i < logs.length; i++) {
            out[i] = Math.exp(logs[i]);
        }
        return out;
    }

    /** One model's outputs: raw values (null for labels) and per-row class ids (null for regression). */
    record Recorded(long rows, double[] values, int[] classes) {
    }
}
