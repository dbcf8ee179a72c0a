package org.inferscope.engine.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Orders class names: numerically when all are integers, else lexicographically. */
final class ClassOrder {

    private ClassOrder() {
    }

    static List<String> sort(Iterable<String> names) {
        List<String> sorted = new ArrayList<>();
        names.forEach(sorted::add);
        sorted.sort(allIntegers(sorted) ? Comparator.comparingLong(Long::parseLong) : Comparator.naturalOrder());
        return sorted;
    }

    static boolean allIntegers(List<String> names) {
        for (String n : names) {
            if (!isInteger(n)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInteger(String n) {
        try {
            Long.parseLong(n);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
