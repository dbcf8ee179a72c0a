package org.inferscope.engine.metrics;

import java.util.ArrayList;
import java.util.List;
import org.inferscope.engine.api.ClassQuality;
import org.inferscope.engine.api.Quality;

/**
 * Accuracy, macro-F1 and per-class precision, recall and F1, all read from one {@link ConfusionMatrix}.
 *
 * <p>Conventions, where a ratio has no denominator: the precision of a class never predicted is 0, the
 * recall of a class with no true rows is 0, and F1 is 0 when precision and recall are both 0. Macro-F1
 * averages over the classes that occur in the truth or the predictions (as scikit-learn does), so a
 * class absent from both does not drag it down. Unknown predictions count as wrong.
 */
public final class ClassificationMetrics {

    private ClassificationMetrics() {
    }

    public static Quality of(int[] truth, int[] predicted, List<String> classNames) {
        return of(ConfusionMatrix.of(truth, predicted, classNames));
    }

    public static Quality of(ConfusionMatrix matrix) {
        List<ClassQuality> perClass = new ArrayList<>();
        double f1Sum = 0;
        int present = 0;
        for (int c = 0; c < matrix.classCount(); c++) {
            ClassQuality q = classQuality(matrix, c);
            perClass.add(q);
            if (q.support() > 0 || matrix.predicted(c) > 0) {
                f1Sum += q.f1();
                present++;
            }
        }
        double macroF1 = present == 0 ? 0 : f1Sum / present;
        return Quality.classification(matrix.total(), accuracy(matrix), macroF1, perClass,
                matrix.classNames(), matrix.counts(), matrix.unknownTotal());
    }

    public static double accuracy(ConfusionMatrix matrix) {
        return matrix.total() == 0 ? 0 : (double) matrix.correct() / matrix.total();
    }

    static ClassQuality classQuality(ConfusionMatrix matrix, int c) {
        long tp = matrix.truePositives(c);
        long support = matrix.support(c);
        double precision = ratio(tp, matrix.predicted(c));
        double recall = ratio(tp, support);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClassQuality(matrix.classNames().get(c), support, precision, recall, f1);
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
