package org.inferscope.samples.dl4j;

/**
 * How closely the ONNX copy's outputs match the DL4J network's on the same rows. The difference of each
 * output is taken relative to its size once that passes 1 ({@code |a - b| / max(1, |a|)}): absolute for
 * probabilities, relative for a regressor's outputs in the hundreds.
 *
 * @param rows rows compared
 * @param maxDifference the largest such difference over every output of every row
 * @param argmaxMismatches rows whose largest output is at a different index
 */
public record Agreement(int rows, double maxDifference, int argmaxMismatches) {

    /** The tolerance the samples are held to. */
    public static final double TOLERANCE = 1e-5;

    public static Agreement between(float[][] dl4j, float[][] onnx) {
        if (dl4j.length != onnx.length) {
            throw new IllegalArgumentException(dl4j.length + " DL4J rows against " + onnx.length + " ONNX rows");
        }
        double max = 0;
        int mismatches = 0;
        for (int r = 0; r < dl4j.length; r++) {
            for (int c = 0; c < dl4j[r].length; c++) {
                double difference = Math.abs(dl4j[r][c] - onnx[r][c]) / Math.max(1, Math.abs(dl4j[r][c]));
                max = Math.max(max, difference);
            }
            if (argmax(dl4j[r]) != argmax(onnx[r])) {
                mismatches++;
            }
        }
        return new Agreement(dl4j.length, max, mismatches);
    }

    public boolean holds() {
        return argmaxMismatches == 0 && maxDifference <= TOLERANCE;
    }

    static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
