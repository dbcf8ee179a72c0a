package org.inferscope.engine.api;

/**
 * A dense row-major float matrix of features. The array is owned by the matrix: callers must not
 * modify what {@link #values()} returns.
 */
public final class FeatureMatrix {
    private final int rows;
    private final int columns;
    private final float[] values;

    public FeatureMatrix(int rows, int columns, float[] values) {
        if (rows < 0 || columns < 0 || (long) rows * columns != values.length) {
            throw new IllegalArgumentException(
                    "matrix " + rows + "x" + columns + " does not hold " + values.length + " values");
        }
        this.rows = rows;
        this.columns = columns;
        this.values = values;
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    public float get(int row, int column) {
        return values[row * columns + column];
    }

    /** The backing array, row-major. Read only. */
    public float[] values() {
        return values;
    }

    /** Copies {@code count} rows starting at {@code firstRow} into {@code dest} at offset 0. */
    public void copyRows(int firstRow, int count, float[] dest) {
        System.arraycopy(values, firstRow * columns, dest, 0, count * columns);
    }
}
