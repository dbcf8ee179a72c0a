package org.inferscope.engine.data;

import java.util.Arrays;

/** An int array that grows as rows are read. */
final class GrowingInts {

    private int[] values = new int[256];
    private int size;

    void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, (int) Math.min(GrowingFloats.MAX_VALUES, size * 2L));
        }
        values[size++] = v;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return values[i];
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
