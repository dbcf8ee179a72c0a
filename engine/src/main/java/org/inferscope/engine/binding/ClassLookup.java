package org.inferscope.engine.binding;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds a dataset class id by name, treating "1" and "1.0" as the same class. */
final class ClassLookup {
    static final int UNKNOWN = -1;

    private final Map<String, Integer> ids = new HashMap<>();

    ClassLookup(List<String> classNames) {
        for (int i = 0; i < classNames.size(); i++) {
            ids.putIfAbsent(classNames.get(i), i);
            String numeric = canonicalNumber(classNames.get(i));
            if (numeric != null) {
                ids.putIfAbsent(numeric, i);
            }
        }
    }

    int idOf(String name) {
        Integer id = ids.get(name);
        if (id == null) {
            String numeric = canonicalNumber(name);
            id = numeric == null ? null : ids.get(numeric);
        }
        return id == null ? UNKNOWN : id;
    }

    private static String canonicalNumber(String s) {
        try {
            return "#" + new BigDecimal(s.trim()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
