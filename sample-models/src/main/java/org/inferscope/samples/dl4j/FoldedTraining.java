package org.inferscope.samples.dl4j;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.FeatureMatrix;
import org.inferscope.engine.api.Task;

/**
 * Trains a recipe's MLP on scaled data and folds the scaling into its weights: the network it returns
 * takes the dataset's raw features and, for regression, gives the raw target.
 */
final class FoldedTraining {

    private final MlpTrainer trainer = new MlpTrainer();

    MultiLayerNetwork train(MlpRecipe recipe, Dataset data) {
        float[][] x = rows(data.features());
        Standardization inputs = switch (recipe.inputScaling()) {
            case DIVIDE_BY_16 -> Standardization.divideBy(data.columns(), 16);
            case STANDARDIZE -> Standardization.of(x);
        };
        MultiLayerNetwork net;
        if (recipe.task() == Task.CLASSIFICATION) {
            float[][] labels = oneHot(data.target().classIds(), data.target().classNames().size());
            net = trainer.train(recipe, inputs.apply(x), labels);
        } else {
            float[][] y = column(data.target().values());
            Standardization target = Standardization.of(y);
            net = trainer.train(recipe, inputs.apply(x), target.apply(y));
            WeightFolding.foldOutputs(net, target);
        }
        WeightFolding.foldInputs(net, inputs);
        return net;
    }

    static float[][] rows(FeatureMatrix matrix) {
        float[][] rows = new float[matrix.rows()][matrix.columns()];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(matrix.values(), r * matrix.columns(), rows[r], 0, matrix.columns());
        }
        return rows;
    }

    private static float[][] oneHot(int[] classIds, int classes) {
        float[][] labels = new float[classIds.length][classes];
        for (int r = 0; r < classIds.length; r++) {
            labels[r][classIds[r]] = 1;
        }
        return labels;
    }

    private static float[][] column(double[] values) {
        float[][] column = new float[values.length][1];
        for (int r = 0; r < values.length; r++) {
            column[r][0] = (float) values[r];
        }
        return column;
    }
}
