package org.inferscope.engine.data;

import java.util.List;
import org.inferscope.engine.api.BadInputException;

/** Finds the target among a file's columns: by name, else by 0-based index, else the last. */
final class TargetColumn {

    private static final int NAMES_SHOWN = 12;

    private TargetColumn() {
    }

    static int resolve(String requested, List<String> columns, String file) {
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
        return byIndex(wanted, columns, file);
    }

    private static int byIndex(String wanted, List<String> columns, String file) {
        try {
            int index = Integer.parseInt(wanted);
            if (index >= 0 && index < columns.size()) {
                return index;
            }
        } catch (NumberFormatException e) {
            // not an index either; fall through to the message
        }
        throw new BadInputException(file + " has no column '" + wanted + "': give one of " + shown(columns)
                + " or a 0-based index below " + columns.size() + ".");
    }

    private static String shown(List<String> columns) {
        if (columns.size() <= NAMES_SHOWN) {
            return String.join(", ", columns);
        }
        return String.join(", ", columns.subList(0, NAMES_SHOWN)) + ", ... (" + columns.size() + " in all)";
    }
}
