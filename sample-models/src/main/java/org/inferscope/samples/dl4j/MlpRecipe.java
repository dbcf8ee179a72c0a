package org.inferscope.samples.dl4j;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.inferscope.engine.api.Task;

/**
 * Everything that decides how a sample MLP is trained.
 *
 * @param name the model's file stem ("digits-mlp")
 * @param title one line for people
 * @param dataset the dataset's name ("digits")
 * @param task classification (softmax, cross-entropy) or regression (identity, mean squared error, on the
 *             standardized target)
 * @param inputScaling what is done to the features for training (and then folded into the first layer)
 * @param hidden the hidden layers' widths, each with ReLU
 * @param learningRate Adam's learning rate
 * @param l2 L2 weight decay on the weights; 0 for none
 * @param epochs passes over the training rows
 * @param batchSize rows per update
 * @param seed the seed of the weight initialisation and of the row order
 */
public record MlpRecipe(String name, String title, String dataset, Task task, InputScaling inputScaling,
                        int[] hidden, double learningRate, double l2, int epochs, int batchSize, long seed) {

    /** How features are scaled for training. */
    public enum InputScaling {
        /** Pixel intensities 0..16 to 0..1. */
        DIVIDE_BY_16,
        /** Each column to mean 0 and standard deviation 1 over the training split. */
        STANDARDIZE
    }

    public MlpRecipe {
        hidden = hidden.clone();
    }

    @Override
    public int[] hidden() {
        return hidden.clone();
    }

    /** The digits classifier: 64-256-256-10. */
    public static MlpRecipe digits() {
        return new MlpRecipe("digits-mlp", "Multilayer perceptron (64-256-256-10, Deeplearning4j) on 8x8 digits",
                "digits", Task.CLASSIFICATION, InputScaling.DIVIDE_BY_16, new int[] {256, 256}, 1e-3, 0, 30, 32, 42);
    }

    /**
     * A wide digits classifier, 64-1024-512-10: wide enough that its weight matrices, not the per-call
     * overhead, decide the speed, so INT8 and structured pruning show what they do on trained weights.
     */
    public static MlpRecipe digitsWide() {
        return new MlpRecipe("digits-mlp-wide",
                "Wide multilayer perceptron (64-1024-512-10, Deeplearning4j) on 8x8 digits", "digits",
                Task.CLASSIFICATION, InputScaling.DIVIDE_BY_16, new int[] {1024, 512}, 5e-4, 0, 20, 32, 42);
    }

    /** The diabetes regressor: 10-64-64-1. */
    public static MlpRecipe diabetes() {
        return new MlpRecipe("diabetes-mlp",
                "Multilayer perceptron (10-64-64-1, Deeplearning4j) on diabetes progression",
                "diabetes", Task.REGRESSION, InputScaling.STANDARDIZE, new int[] {64, 64}, 1e-3, 1e-3, 60, 32, 42);
    }

    /** The same recipe with other epochs, for quick tests. */
    public MlpRecipe withEpochs(int e) {
        return new MlpRecipe(name, title, dataset, task, inputScaling, hidden, learningRate, l2, e, batchSize, seed);
    }

    /** The network in one line: "MultiLayerNetwork 64-256 relu-256 relu-10 softmax, Adam, loss MCXENT". */
    public String summary(int inputs, int outputs) {
        String layers = Arrays.stream(hidden).mapToObj(h -> h + " relu").collect(Collectors.joining("-"));
        return "MultiLayerNetwork " + inputs + "-" + layers + "-" + outputs + " " + outputActivation()
                + " (DenseLayer x" + hidden.length + " + OutputLayer), Adam, loss " + loss();
    }

    public Map<String, String> hyperparameters() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("inputScaling", inputScaling.name().toLowerCase() + " (folded into the first layer)");
        map.put("targetScaling", task == Task.REGRESSION ? "standardize (folded into the last layer)" : "none");
        map.put("hiddenLayers", Arrays.toString(hidden));
        map.put("hiddenActivation", "relu");
        map.put("weightInit", "relu (He) for hidden layers, xavier for the output layer");
        map.put("updater", "Adam");
        map.put("learningRate", String.valueOf(learningRate));
        map.put("l2", String.valueOf(l2));
        map.put("epochs", String.valueOf(epochs));
        map.put("batchSize", String.valueOf(batchSize));
        map.put("rowOrder", "shuffled each epoch with java.util.Random(seed)");
        map.put("dataType", "FLOAT");
        return map;
    }

    String outputActivation() {
        return task == Task.CLASSIFICATION ? "softmax" : "identity";
    }

    String loss() {
        return task == Task.CLASSIFICATION ? "MCXENT" : "MSE";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MlpRecipe r && toString().equals(r.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        return "MlpRecipe[" + name + ", " + task + ", " + inputScaling + ", hidden " + Arrays.toString(hidden) + ", lr " + learningRate
                + ", l2 " + l2 + ", epochs " + epochs + ", batch " + batchSize + ", seed " + seed + "]";
    }
}
