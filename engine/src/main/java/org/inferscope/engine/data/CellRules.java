package org.inferscope.engine.data;

import java.util.List;
import org.inferscope.engine.api.Task;

/**
 * How InferScope reads one text cell and decides a target's task and class order, for readers outside
 * this package (the Spark module reads rows itself and must read them exactly as the file readers do).
 */
public final class CellRules {

    /** A numeric target with at most this many distinct whole values is taken as classes. */
    public static final int MAX_CLASSES_INFERRED = TargetCollector.MAX_CLASSES_INFERRED;

    private CellRules() {
    }

    /** True for an empty, "?", "NA", "N/A" or "NaN" cell. */
    public static boolean isMissing(String cell) {
        return Cells.isMissing(cell);
    }

    /** The number in the cell, or NaN when it is not a plain decimal number. */
    public static double number(String cell) {
        return Cells.parse(cell);
    }

    /** A feature cell as the file readers store it: the number as a float, NaN when missing or not a number. */
    public static float feature(String cell) {
        return isMissing(cell) ? Float.NaN : (float) Cells.parse(cell);
    }

    /** The class name a target cell stands for: "1.0" and "1" are both "1"; other text is trimmed. */
    public static String classLabel(String cell) {
        return Cells.label(cell);
    }

    /** The class name of a numeric target value ("3" for 3.0). */
    public static String classLabel(double value) {
        return Cells.isWhole(value) ? Long.toString((long) value) : Double.toString(value);
    }

    public static boolean isWhole(double value) {
        return Cells.isWhole(value);
    }

    /** Class names in InferScope's order: numerically when all are integers, else lexicographically. */
    public static List<String> sortClasses(Iterable<String> names) {
        return List.copyOf(ClassOrder.sort(names));
    }

    /**
     * The task a file reader infers for a target column: classes when any value is text, or when every
     * value is a whole number and there are at most {@link #MAX_CLASSES_INFERRED} distinct ones.
     */
    public static Task inferTask(boolean anyText, boolean allWhole, int distinctNumbers) {
        return anyText || (allWhole && distinctNumbers <= MAX_CLASSES_INFERRED) ? Task.CLASSIFICATION : Task.REGRESSION;
    }
}
