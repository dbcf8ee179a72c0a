package org.inferscope.engine.data;

import java.util.List;

/**
 * One {@code @attribute} of an ARFF file.
 *
 * @param name the attribute's name, unquoted
 * @param kind numeric, nominal or string
 * @param values for a nominal attribute, its values in declared order; else empty
 */
record ArffAttribute(String name, Kind kind, List<String> values) {

    /** The attribute types this reader understands. */
    enum Kind {
        NUMERIC, NOMINAL, STRING
    }

    ArffAttribute {
        values = List.copyOf(values);
    }

    /** Strips one pair of surrounding single or double quotes and the spaces around them. */
    static String unquote(String text) {
        String t = text.trim();
        if (t.length() >= 2 && (t.charAt(0) == '\'' || t.charAt(0) == '"') && t.charAt(t.length() - 1) == t.charAt(0)) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }
}
