package org.inferscope.scale;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.StructType;
import org.inferscope.engine.api.BadInputException;

/**
 * Which column of a Spark table is the target and which are features, in file order, as the engine's
 * readers choose them: the target by name (exact, then ignoring case), else by 0-based index, else the last.
 *
 * @param featureNames the feature columns' names in file order
 * @param featureIndexes their positions in the table's rows
 * @param targetName the target column's name
 * @param targetIndex its position
 */
record TableColumns(List<String> featureNames, int[] featureIndexes, String targetName, int targetIndex)
        implements Serializable {

    private static final int NAMES_SHOWN = 12;

    static TableColumns of(StructType schema, String requested, String table) {
        List<String> columns = List.of(schema.fieldNames());
        if (columns.size() < 2) {
            throw new BadInputException(table + " has " + columns.size() + " column(s); it needs feature columns"
                    + " and a target: check the delimiter and the header option.");
        }
        int target = resolve(requested, columns, table);
        List<String> names = new ArrayList<>();
        int[] indexes = new int[columns.size() - 1];
        for (int c = 0, f = 0; c < columns.size(); c++) {
            if (c != target) {
                names.add(columns.get(c));
                indexes[f++] = c;
            }
        }
        return new TableColumns(List.copyOf(names), indexes, columns.get(target), target);
    }

    private static int resolve(String requested, List<String> columns, String table) {
        if (requested == null || requested.isBlank()) {
            return columns.size() - 1;
        }
        String wanted = requested.trim();
        int exact = columns.indexOf(wanted);
        if (exact >= 0) {
            return exact;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        try {
            int index = Integer.parseInt(wanted);
            if (index >= 0 && index < columns.size()) {
                return index;
            }
        } catch (NumberFormatException e) {
            // not an index either: say which columns there are
        }
        String shown = columns.size() <= NAMES_SHOWN ? String.join(", ", columns)
                : String.join(", ", columns.subList(0, NAMES_SHOWN)) + ", ... (" + columns.size() + " in all)";
        throw new BadInputException(table + " has no column '" + wanted + "': give one of " + shown
                + " or a 0-based index below " + columns.size() + ".");
    }

    int featureCount() {
        return featureIndexes.length;
    }
}
