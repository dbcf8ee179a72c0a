package org.inferscope.engine.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A dataset in memory: a dense float feature matrix with its column names, and the target.
 *
 * @param name a short name for display (the file name)
 * @param source the file it was read from (for IDX: the images file)
 * @param format the format it was read as
 * @param featureNames one name per feature column (generated "f0".. when the file has none)
 * @param features rows x features
 * @param target the column to predict
 * @param missing what was missing and how it was handled
 */
public record Dataset(String name, Path source, DatasetFormat format, List<String> featureNames,
                      FeatureMatrix features, Target target, MissingValues missing) {

    public Dataset {
        Objects.requireNonNull(features);
        Objects.requireNonNull(target);
        featureNames = List.copyOf(featureNames);
        if (featureNames.size() != features.columns()) {
            throw new IllegalArgumentException(featureNames.size() + " names for " + features.columns() + " columns");
        }
        if (target.rows() != features.rows()) {
            throw new IllegalArgumentException(target.rows() + " targets for " + features.rows() + " rows");
        }
    }

    public int rows() {
        return features.rows();
    }

    public int columns() {
        return features.columns();
    }
}
