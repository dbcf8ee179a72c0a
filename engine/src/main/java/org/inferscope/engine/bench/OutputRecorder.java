package org.inferscope.engine.bench;

import org.inferscope.engine.spi.OutputValue;

/**
 * Keeps every row's raw output values from a quality pass, so that a variant can be compared with
 * the original value by value. Label outputs keep nothing: they are compared by class.
 */
final class OutputRecorder {
    private final int rows;
    private int width = -1;
    private double[] values;

    OutputRecorder(int rows) {
        this.rows = rows;
    }

    void accept(OutputValue out, int firstRow) {
        if (out.scores() == null) {
            return;
        }
        if (values == null) {
            width = out.width();
            values = new double[Math.multiplyExact(rows, width)];
        }
        if (out.width() != width) {
            throw new IllegalStateException("output width changed from " + width + " to " + out.width());
        }
        System.arraycopy(out.scores(), 0, values, firstRow * width, out.rows() * width);
    }

    /** Row-major values, or null when the output held labels. */
    double[] values() {
        return values;
    }

    int width() {
        return width;
    }
}
