package org.inferscope.engine.binding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.ModelInfo;

/**
 * Which dataset column feeds each of the model's feature positions. By name when the model states
 * its feature names and every one is in the dataset; otherwise by position.
 *
 * @param columns for each model feature, the dataset column index, or -1 for a feature fed as absent (NaN)
 * @param byName whether the columns were matched by name
 * @param note what the user should know about the matching, or "" when nothing
 */
record ColumnMapping(int[] columns, boolean byName, String note) {

    /** Metadata key under which a model may state its feature names, comma-separated. */
    static final String FEATURE_NAMES_KEY = "feature_names";

    /**
     * Metadata key by which a model says how it takes features the dataset lacks; with the value
     * {@value #ABSENT} (Tribuo's sparse features) they are fed as NaN, which such a backend reads as
     * "absent", instead of giving up on matching by name.
     */
    static final String MISSING_FEATURES_KEY = "missing_features";
    static final String ABSENT = "absent";

    static ColumnMapping of(ModelInfo model, Dataset data) {
        Optional<List<String>> named = featureNames(model);
        if (named.isEmpty()) {
            return byPosition(data.columns(), "");
        }
        List<String> names = named.get();
        boolean mayBeAbsent = ABSENT.equals(model.metadata().get(MISSING_FEATURES_KEY));
        int[] columns = new int[names.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            columns[i] = data.featureNames().indexOf(names.get(i));
            if (columns[i] < 0 && !mayBeAbsent) {
                return byPosition(data.columns(), "the model names its features but '" + names.get(i)
                        + "' is not a column of " + data.name() + ": columns are taken by position");
            }
            if (columns[i] < 0) {
                missing.add(names.get(i));
            }
        }
        if (missing.size() == columns.length) {
            return byPosition(data.columns(), "none of the model's feature names is a column of " + data.name()
                    + ": columns are taken by position");
        }
        StringBuilder note = new StringBuilder("columns matched to the model's features by name");
        if (!missing.isEmpty()) {
            note.append("; ").append(missing.size()).append(" of the model's ").append(columns.length)
                    .append(" features are not columns of ").append(data.name()).append(" and are fed as absent (")
                    .append(sample(missing)).append(")");
        }
        note.append(extraColumns(columns, data));
        return new ColumnMapping(columns, true, note.toString());
    }

    /** The dataset columns no model feature takes, and how many rows hold a value (non-zero) in one of them. */
    private static String extraColumns(int[] columns, Dataset data) {
        boolean[] used = new boolean[data.columns()];
        for (int c : columns) {
            if (c >= 0) {
                used[c] = true;
            }
        }
        List<String> extra = new ArrayList<>();
        for (int c = 0; c < used.length; c++) {
            if (!used[c]) {
                extra.add(data.featureNames().get(c));
            }
        }
        if (extra.isEmpty()) {
            return "";
        }
        long rowsWithUnknown = 0;
        for (int r = 0; r < data.rows(); r++) {
            for (int c = 0; c < used.length; c++) {
                if (!used[c] && data.features().get(r, c) != 0) {
                    rowsWithUnknown++;
                    break;
                }
            }
        }
        return "; " + plural(extra.size(), "column") + " of " + data.name() + (extra.size() == 1 ? " is not a feature"
                + " of the model and is" : " are not features of the model and are") + " ignored ("
                + sample(extra) + "): " + rowsWithUnknown + " of " + data.rows() + " rows have a non-zero value there";
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String sample(List<String> names) {
        return names.size() <= 5 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more";
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
