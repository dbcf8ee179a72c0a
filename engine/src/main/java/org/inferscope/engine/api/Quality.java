package org.inferscope.engine.api;

import java.util.List;

/**
 * Prediction quality over all rows of a dataset. Classification fields are null for regression
 * and the other way round.
 *
 * @param task the task evaluated
 * @param rows rows scored
 * @param accuracy fraction of rows predicted right
 * @param macroF1 unweighted mean of per-class F1
 * @param perClass precision, recall and F1 per class
 * @param classNames the class order of {@code confusionMatrix}
 * @param confusionMatrix [true class][predicted class] counts
 * @param unknownPredictions rows whose predicted label is not among the dataset's classes
 * @param mse mean squared error
 * @param rmse root of mse
 * @param mae mean absolute error
 * @param r2 coefficient of determination
 */
public record Quality(Task task, long rows, Double accuracy, Double macroF1, List<ClassQuality> perClass,
                      List<String> classNames, long[][] confusionMatrix, Long unknownPredictions,
                      Double mse, Double rmse, Double mae, Double r2) {

    public static Quality classification(long rows, double accuracy, double macroF1, List<ClassQuality> perClass,
                                         List<String> classNames, long[][] confusion, long unknownPredictions) {
        return new Quality(Task.CLASSIFICATION, rows, accuracy, macroF1, List.copyOf(perClass),
                List.copyOf(classNames), confusion, unknownPredictions, null, null, null, null);
    }

    public static Quality regression(long rows, double mse, double mae, double r2) {
        return new Quality(Task.REGRESSION, rows, null, null, null, null, null, null,
                mse, Math.sqrt(mse), mae, r2);
    }
}
