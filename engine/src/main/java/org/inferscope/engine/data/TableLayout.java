package org.inferscope.engine.data;

import java.util.ArrayList;
import java.util.List;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.DatasetOptions;

/**
 * The columns of a delimited file: their names (from the header or generated "f0"..), which one
 * is the target and what the target is called.
 */
record TableLayout(boolean hasHeader, List<String> columns, int targetIndex, String targetName) {

    static TableLayout of(List<Row> sample, boolean hasHeader, DatasetOptions options, String file) {
        Row first = sample.get(0);
        if (first.size() < 2) {
            throw new BadInputException(file + " has a single column, so there is no feature besides the target: "
                    + "check the delimiter (comma, semicolon, tab, pipe or spaces).");
        }
        List<String> columns = hasHeader ? headerNames(first) : generatedNames(first.size());
        int target = TargetColumn.resolve(options.targetColumn(), columns, file);
        String targetName = hasHeader ? columns.get(target) : "target";
        return new TableLayout(hasHeader, columns, target, targetName);
    }

    private static List<String> headerNames(Row header) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String n = header.cell(i).trim();
            names.add(n.isEmpty() ? "f" + i : n);
        }
        return names;
    }

    private static List<String> generatedNames(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add("f" + i);
        }
        return names;
    }

    List<String> featureNames() {
        List<String> names = new ArrayList<>(columns);
        names.remove(targetIndex);
        return names;
    }

    /** "the header has 5" or "the first row has 5", for messages about ragged rows. */
    String widthPhrase() {
        return (hasHeader ? "the header has " : "the first row has ") + columns.size();
    }
}
