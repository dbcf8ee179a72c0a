package org.inferscope.app.viewmodel.study;

import java.util.List;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Dataset;

/**
 * Checks before a drift report that the two datasets can be compared column by column, naming the
 * columns that do not match; the engine would only count them.
 */
final class DriftColumns {
    private static final int NAMED = 5;

    private DriftColumns() {
    }

    /**
     * Nothing when every reference feature is in {@code current} by name; a note when the names differ
     * but the counts agree (the engine then matches by position); otherwise a {@link BadInputException}.
     */
    static String check(Dataset reference, Dataset current) {
        List<String> missing = reference.featureNames().stream().filter(f -> !current.featureNames().contains(f)).toList();
        if (missing.isEmpty()) {
            return "";
        }
        if (reference.columns() == current.columns()) {
            return "The column names differ, so features were matched by position.";
        }
        throw new BadInputException(current.name() + " has " + current.columns() + " features and lacks " + missing.size()
                + " of the " + reference.columns() + " in " + reference.name() + " (" + names(missing)
                + "): compare files with the same columns.");
    }

    private static String names(List<String> missing) {
        return String.join(", ", missing.subList(0, Math.min(NAMED, missing.size())))
                + (missing.size() > NAMED ? " and " + (missing.size() - NAMED) + " more" : "");
    }
}
