package org.inferscope.samples.dl4j;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.Quality;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.metrics.ClassificationMetrics;
import org.inferscope.engine.metrics.RegressionMetrics;
import org.inferscope.samples.ModelCard;
import org.inferscope.samples.SamplesLayout;

/** The card of a sample MLP, with metrics computed from each format's own outputs on the test split. */
final class MlpCards {

    static final String LIBRARY = "Deeplearning4j 1.0.0-M2.1";

    ModelCard card(SamplesLayout layout, MlpRecipe recipe, Dataset train, Dataset test,
                   List<ModelCard.ModelFile> files) {
        int outputs = recipe.task() == Task.CLASSIFICATION ? train.target().classNames().size() : 1;
        ModelCard.Making made = new ModelCard.Making(LIBRARY, recipe.summary(train.columns(), outputs),
                recipe.hyperparameters(), recipe.seed(), train.rows(), test.rows());
        return new ModelCard(ModelCard.SCHEMA_VERSION, recipe.name(), recipe.title(), recipe.task(), recipe.dataset(),
                layout.relative(layout.trainCsv(recipe.dataset())), layout.relative(layout.testCsv(recipe.dataset())),
                train.target().name(), train.featureNames(), train.target().classNames(), preprocessing(recipe),
                List.of(), files, made);
    }

    ModelCard.ModelFile file(SamplesLayout layout, String format, Path file, Dataset test, float[][] outputs) {
        return new ModelCard.ModelFile(format, layout.relative(file), metrics(test, outputs));
    }

    static Map<String, Double> metrics(Dataset test, float[][] outputs) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (test.target().task() == Task.CLASSIFICATION) {
            int[] predicted = new int[outputs.length];
            for (int r = 0; r < outputs.length; r++) {
                predicted[r] = Agreement.argmax(outputs[r]);
            }
            Quality q = ClassificationMetrics.of(test.target().classIds(), predicted, test.target().classNames());
            metrics.put("accuracy", q.accuracy());
            metrics.put("macroF1", q.macroF1());
        } else {
            double[] predicted = new double[outputs.length];
            for (int r = 0; r < outputs.length; r++) {
                predicted[r] = outputs[r][0];
            }
            Quality q = RegressionMetrics.of(test.target().values(), predicted);
            metrics.put("mse", q.mse());
            metrics.put("rmse", q.rmse());
            metrics.put("mae", q.mae());
            metrics.put("r2", q.r2());
        }
        return metrics;
    }

    static String preprocessing(MlpRecipe recipe) {
        return switch (recipe.inputScaling()) {
            case DIVIDE_BY_16 -> "Raw pixel values (0..16) go in: the network was trained on them divided by 16,"
                    + " and that division is folded into the first layer's weights in both the DL4J and the ONNX"
                    + " file; the outputs are the class probabilities.";
            case STANDARDIZE -> "Raw features go in and the raw target comes out: the network was trained on"
                    + " features and target standardized with the training split's means and standard deviations,"
                    + " folded into the first layer (W/sd, b - (mean/sd)·W) and the last layer (W·sd_y,"
                    + " b·sd_y + mean_y) in both the DL4J and the ONNX file.";
        };
    }
}
