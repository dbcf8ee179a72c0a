package org.inferscope.engine.data;

import java.util.Locale;
import java.util.Set;

/** What a text cell holds: a number, a missing marker or other text. */
final class Cells {

    private static final Set<String> MISSING = Set.of("", "?", "na", "n/a", "nan");

    private Cells() {
    }

    static boolean isMissing(String cell) {
        String t = cell.trim();
        return t.length() <= 3 && MISSING.contains(t.toLowerCase(Locale.ROOT));
    }

    static boolean isNumber(String cell) {
        String t = cell.trim();
        return !t.isEmpty() && isDecimal(t);
    }

    /** The number in the cell, or NaN when the cell is not a plain decimal number. */
    static double parse(String cell) {
        String t = cell.trim();
        if (t.isEmpty() || !isDecimal(t)) {
            return Double.NaN;
        }
        return Double.parseDouble(t);
    }

    /** "1.0" and "1" read as "1"; other numbers and text stay as written. */
    static String label(String cell) {
        String t = cell.trim();
        double v = parse(t);
        return isWhole(v) ? Long.toString((long) v) : t;
    }

    static boolean isWhole(double v) {
        return Double.isFinite(v) && v == Math.rint(v) && Math.abs(v) < 0x1p53;
    }

    private static boolean isDecimal(String t) {
        int i = t.charAt(0) == '+' || t.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        boolean dot = false;
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return false;
        }
        return i == t.length() || isExponent(t, i);
    }

    private static boolean isExponent(String t, int start) {
        char e = t.charAt(start);
        if (e != 'e' && e != 'E') {
            return false;
        }
        int i = start + 1;
        if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            i++;
        }
        if (i == t.length()) {
            return false;
        }
        for (; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
