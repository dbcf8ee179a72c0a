package org.inferscope.plugins.onnxruntime.transform;

/** How close a variant's outputs are to the original's. */
final class Agreement {
    private Agreement() {
    }

    static double maxAbsDiff(float[][] a, float[][] b) {
        double max = 0;
        for (int r = 0; r < a.length; r++) {
            for (int c = 0; c < a[r].length; c++) {
                max = Math.max(max, Math.abs(a[r][c] - b[r][c]));
            }
        }
        return max;
    }

    static double meanAbsDiff(float[][] a, float[][] b) {
        double sum = 0;
        long n = 0;
        for (int r = 0; r < a.length; r++) {
            for (int c = 0; c < a[r].length; c++) {
                sum += Math.abs(a[r][c] - b[r][c]);
                n++;
            }
        }
        return sum / n;
    }

    static double range(float[][] a) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (float[] row : a) {
            for (float v : row) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return hi - lo;
    }

    static double top1(float[][] a, float[][] b) {
        int same = 0;
        for (int r = 0; r < a.length; r++) {
            same += argmax(a[r]) == argmax(b[r]) ? 1 : 0;
        }
        return same / (double) a.length;
    }

    static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
