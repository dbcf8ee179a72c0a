package org.inferscope.engine.data;

import java.util.Arrays;
import org.inferscope.engine.api.BadInputException;

/** A float array that grows as rows are read, refusing more values than one Java array holds. */
final class GrowingFloats {

    /** The most elements the JVM allows in one array. */
    static final long MAX_VALUES = Integer.MAX_VALUE - 8L;

    private final String file;
    private float[] values = new float[1024];
    private int size;

    GrowingFloats(String file) {
        this.file = file;
    }

    void add(float v) {
        if (size == values.length) {
            grow();
        }
        values[size++] = v;
    }

    int size() {
        return size;
    }

    float get(int i) {
        return values[i];
    }

    void set(int i, float v) {
        values[i] = v;
    }

    /** The values, trimmed to size. */
    float[] toArray() {
        return values.length == size ? values : Arrays.copyOf(values, size);
    }

    private void grow() {
        if (size >= MAX_VALUES) {
            throw tooMany(file);
        }
        long next = Math.min(MAX_VALUES, size + (size >> 1) + 16L);
        values = Arrays.copyOf(values, (int) next);
    }

    static BadInputException tooMany(String file) {
        return new BadInputException(file + " holds more than " + MAX_VALUES
                + " feature values, more than one float matrix can hold: split the file or drop columns.");
    }
}
