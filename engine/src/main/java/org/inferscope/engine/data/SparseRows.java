package org.inferscope.engine.data;

/** LibSVM rows as read: for each row its line, and its index:value pairs, before densifying. */
final class SparseRows {

    private final GrowingInts rowStarts = new GrowingInts();
    private final GrowingInts lines = new GrowingInts();
    private final GrowingInts indices = new GrowingInts();
    private final GrowingFloats values;
    private int maxIndex = -1;
    private long maxIndexLine;
    private long zeroIndexLine;

    SparseRows(String file) {
        this.values = new GrowingFloats(file);
    }

    void startRow(long line) {
        rowStarts.add(indices.size());
        lines.add((int) Math.min(Integer.MAX_VALUE, line));
    }

    void add(int index, float value, long line) {
        indices.add(index);
        values.add(value);
        if (index > maxIndex) {
            maxIndex = index;
            maxIndexLine = line;
        }
        if (index == 0 && zeroIndexLine == 0) {
            zeroIndexLine = line;
        }
    }

    int rows() {
        return rowStarts.size();
    }

    int maxIndex() {
        return maxIndex;
    }

    long maxIndexLine() {
        return maxIndexLine;
    }

    /** The first line using index 0, or 0 when none does. */
    long zeroIndexLine() {
        return zeroIndexLine;
    }

    /** Writes the rows into a dense row-major array of {@code width} columns; index {@code base} is column 0. */
    float[] densify(int width, int base) {
        float[] dense = new float[rows() * width];
        for (int r = 0; r < rows(); r++) {
            int end = r + 1 < rows() ? rowStarts.get(r + 1) : indices.size();
            for (int k = rowStarts.get(r); k < end; k++) {
                dense[r * width + indices.get(k) - base] = values.get(k);
            }
        }
        return dense;
    }
}
