package org.inferscope.samples;

import java.util.List;
import org.inferscope.engine.api.Task;

/**
 * A public dataset read from its raw file, before it is split: named feature columns and a target.
 *
 * @param name the dataset's name in the samples ("breast-cancer")
 * @param featureNames one name per feature column, in the original (scikit-learn) order
 * @param target the target column's name
 * @param classNames class names by class index for classification; empty for regression
 * @param features one row of feature values per example
 * @param targets per row: the class index for classification, the value for regression
 */
public record LabelledTable(String name, List<String> featureNames, String target, List<String> classNames,
                            List<double[]> features, double[] targets) {

    public LabelledTable {
        featureNames = List.copyOf(featureNames);
        classNames = List.copyOf(classNames);
        features = List.copyOf(features);
        if (features.size() != targets.length) {
            throw new IllegalArgumentException(name + ": " + features.size() + " rows but " + targets.length + " targets");
        }
        for (double[] row : features) {
            if (row.length != featureNames.size()) {
                throw new IllegalArgumentException(name + ": a row of " + row.length + " values for "
                        + featureNames.size() + " features");
            }
        }
    }

    public Task task() {
        return classNames.isEmpty() ? Task.REGRESSION : Task.CLASSIFICATION;
    }

    public int rows() {
        return features.size();
    }

    /** The class index of every row; only for classification. */
    public int[] classIndices() {
        int[] classes = new int[targets.length];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = (int) targets[i];
        }
        return classes;
    }
}
