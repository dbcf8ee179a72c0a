package org.inferscope.engine.data;

import java.util.Arrays;

/** A double array that grows as rows are read. */
final class GrowingDoubles {

    private double[] values = new double[256];
    private int size;

    void add(double v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, (int) Math.min(GrowingFloats.MAX_VALUES, size * 2L));
        }
        values[size++] = v;
    }

    int size() {
        return size;
    }

    double get(int i) {
        return values[i];
    }

    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
