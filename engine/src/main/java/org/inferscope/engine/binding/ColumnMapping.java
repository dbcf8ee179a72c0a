package org.inferscope.engine.binding;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.ModelInfo;

/**
 * Which dataset column feeds each of the model's feature positions. By name when the model states
 * its feature names and every one is in the dataset; otherwise by position.
 *
 * @param columns for each model feature, the dataset column index
 * @param byName whether the columns were matched by name
 * @param note what the user should know about the matching, or "" when nothing
 */
record ColumnMapping(int[] columns, boolean byName, String note) {

    /** Metadata key under which a model may state its feature names, comma-separated. */
    static final String FEATURE_NAMES_KEY = "feature_names";

    static ColumnMapping of(ModelInfo model, Dataset data) {
        Optional<List<String>> named = featureNames(model);
        if (named.isEmpty()) {
            return byPosition(data.columns(), "");
        }
        List<String> names = named.get();
        int[] columns = new int[names.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = data.featureNames().indexOf(names.get(i));
            if (columns[i] < 0) {
                return byPosition(data.columns(), "the model names its features but '" + names.get(i)
                        + "' is not a column of " + data.name() + ": columns are taken by position");
            }
        }
        return new ColumnMapping(columns, true, "columns matched to the model's features by name");
    }

    private static ColumnMapping byPosition(int count, String note) {
        int[] columns = new int[count];
        Arrays.setAll(columns, i -> i);
        return new ColumnMapping(columns, false, note);
    }

    /** The model's feature names, where its metadata states them. Most model files do not. */
    static Optional<List<String>> featureNames(ModelInfo model) {
        String listed = model.metadata().get(FEATURE_NAMES_KEY);
        if (listed == null || listed.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(listed.split(",")).map(String::trim).toList());
    }

    int size() {
        return columns.length;
    }

    /** True when feature i is dataset column i for every i and the dataset has no other columns. */
    boolean isIdentity(int datasetColumns) {
        if (columns.length != datasetColumns) {
            return false;
        }
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] != i) {
                return false;
            }
        }
        return true;
    }
}
