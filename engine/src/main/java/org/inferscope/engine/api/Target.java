package org.inferscope.engine.api;

import java.util.List;
import java.util.Objects;

/**
 * The column a model should predict. For classification, {@code classIds} holds an index into
 * {@code classNames} for every row; for regression, {@code values} holds the number.
 * Class names are ordered numerically when all are integers, else lexicographically, so that class
 * id {@code i} of "0".."9" is the digit {@code i}.
 */
public record Target(String name, Task task, int[] classIds, List<String> classNames, double[] values) {

    public Target {
        Objects.requireNonNull(name);
        Objects.requireNonNull(task);
        classNames = classNames == null ? List.of() : List.copyOf(classNames);
        if (task == Task.CLASSIFICATION && classIds == null) {
            throw new IllegalArgumentException("classification target without class ids");
        }
        if (task == Task.REGRESSION && values == null) {
            throw new IllegalArgumentException("regression target without values");
        }
    }

    public static Target classes(String name, int[] classIds, List<String> classNames) {
        return new Target(name, Task.CLASSIFICATION, classIds, classNames, null);
    }

    public static Target numbers(String name, double[] values) {
        return new Target(name, Task.REGRESSION, null, List.of(), values);
    }

    public int rows() {
        return task == Task.CLASSIFICATION ? classIds.length : values.length;
    }
}
