package org.inferscope.samples;

import java.util.List;
import java.util.Map;
import org.inferscope.engine.api.Task;

/**
 * What a sample model is and how well it does: written beside each model as {@code NAME.card.json}.
 *
 * @param schemaVersion version of this shape
 * @param name file stem shared by the model's files ("iris-logistic")
 * @param title one line for people ("Logistic regression on Iris")
 * @param task classification or regression
 * @param dataset the dataset's name ("iris")
 * @param trainFile the training split, relative to the samples root
 * @param testFile the test split, relative to the samples root
 * @param target the target column's name
 * @param inputs feature names in the order the model's input expects them
 * @param classes class names in the order of the model's score columns; empty for regression
 * @param preprocessing one sentence on what is done to the features, and where
 * @param evalArguments extra {@code inferscope eval} options needed to reproduce the metrics; usually empty
 * @param files every file of the model with its test metrics
 * @param made how it was made
 */
public record ModelCard(int schemaVersion, String name, String title, Task task, String dataset, String trainFile,
                        String testFile, String target, List<String> inputs, List<String> classes,
                        String preprocessing, List<String> evalArguments, List<ModelFile> files, Making made) {

    public static final int SCHEMA_VERSION = 1;

    public ModelCard {
        inputs = List.copyOf(inputs);
        classes = List.copyOf(classes);
        evalArguments = List.copyOf(evalArguments);
        files = List.copyOf(files);
    }

    /**
     * One file of a model.
     *
     * @param format "tribuo" (Tribuo protobuf), "onnx", or "dl4j" (Deeplearning4j zip)
     * @param file path relative to the samples root
     * @param testMetrics on the test split, computed by the library that runs this format: accuracy and
     *                    macroF1 for classification; mse, rmse, mae and r2 for regression
     */
    public record ModelFile(String format, String file, Map<String, Double> testMetrics) {
        public ModelFile {
            testMetrics = Map.copyOf(testMetrics);
        }
    }

    /**
     * How a model was made.
     *
     * @param library the training library and its version ("Tribuo 4.3.2")
     * @param trainer the trainer or network, as the library describes it
     * @param hyperparameters every setting that changes the result
     * @param seed the seed
     * @param trainRows rows in the training split
     * @param testRows rows in the test split
     */
    public record Making(String library, String trainer, Map<String, String> hyperparameters, long seed,
                         int trainRows, int testRows) {
        public Making {
            hyperparameters = Map.copyOf(hyperparameters);
        }
    }
}
