package org.inferscope.samples.dl4j;

/**
 * A per-column affine map {@code z = (x - shift) / scale}, used while training and then folded into the
 * network by {@link WeightFolding} so that the saved model takes raw values.
 *
 * @param shift per column
 * @param scale per column, never 0
 */
record Standardization(double[] shift, double[] scale) {

    /** Divides every one of {@code columns} columns by {@code divisor}. */
    static Standardization divideBy(int columns, double divisor) {
        double[] scale = new double[columns];
        java.util.Arrays.fill(scale, divisor);
        return new Standardization(new double[columns], scale);
    }

    /** Mean and population standard deviation of each column; a constant column keeps scale 1. */
    static Standardization of(float[][] rows) {
        int columns = rows[0].length;
        double[] mean = new double[columns];
        double[] sd = new double[columns];
        for (float[] row : rows) {
            for (int c = 0; c < columns; c++) {
                mean[c] += row[c];
            }
        }
        for (int c = 0; c < columns; c++) {
            mean[c] /= rows.length;
        }
        for (float[] row : rows) {
            for (int c = 0; c < columns; c++) {
                sd[c] += (row[c] - mean[c]) * (row[c] - mean[c]);
            }
        }
        for (int c = 0; c < columns; c++) {
            sd[c] = Math.sqrt(sd[c] / rows.length);
            sd[c] = sd[c] == 0 ? 1 : sd[c];
        }
        return new Standardization(mean, sd);
    }

    float[][] apply(float[][] rows) {
        float[][] out = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = new float[rows[r].length];
            for (int c = 0; c < rows[r].length; c++) {
                out[r][c] = (float) ((rows[r][c] - shift[c]) / scale[c]);
            }
        }
        return out;
    }
}
