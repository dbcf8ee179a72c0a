package org.inferscope.engine.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.FeatureMatrix;
import org.inferscope.engine.api.MissingValuePolicy;
import org.inferscope.engine.api.MissingValues;

/**
 * Collects feature rows into one dense float array. A missing cell arrives as NaN and is either
 * refused at once or, after the last row, replaced by its column's mean.
 */
final class FeatureTable {

    private final String file;
    private final List<String> names;
    private final MissingValuePolicy policy;
    private final GrowingFloats values;
    private final long[] missingPerColumn;
    private long missingCells;
    private long rowsAffected;
    private int rows;

    FeatureTable(String file, List<String> names, MissingValuePolicy policy) {
        this.file = file;
        this.names = List.copyOf(names);
        this.policy = policy;
        this.values = new GrowingFloats(file);
        this.missingPerColumn = new long[names.size()];
    }

    List<String> names() {
        return names;
    }

    /** Adds one row; NaN marks a missing cell. {@code line} is the 1-based line in the file. */
    void addRow(float[] row, long line) {
        int missingHere = 0;
        for (int c = 0; c < row.length; c++) {
            if (Float.isNaN(row[c])) {
                rejectIfAsked(c, line);
                missingPerColumn[c]++;
                missingHere++;
            }
            values.add(row[c]);
        }
        missingCells += missingHere;
        rowsAffected += missingHere > 0 ? 1 : 0;
        rows++;
    }

    int rows() {
        return rows;
    }

    private void rejectIfAsked(int column, long line) {
        if (policy == MissingValuePolicy.REJECT) {
            throw new BadInputException(file + " line " + line + ", column '" + names.get(column)
                    + "': the value is missing; fill it in, drop the row, or choose mean imputation.");
        }
    }

    FeatureMatrix matrix() {
        if (missingCells > 0) {
            imputeMeans();
        }
        return new FeatureMatrix(rows, names.size(), values.toArray());
    }

    MissingValues missing() {
        Map<String, Long> perColumn = new LinkedHashMap<>();
        for (int c = 0; c < missingPerColumn.length; c++) {
            if (missingPerColumn[c] > 0) {
                perColumn.put(names.get(c), missingPerColumn[c]);
            }
        }
        return new MissingValues(missingCells, rowsAffected, perColumn, policy);
    }

    private void imputeMeans() {
        int cols = names.size();
        double[] sums = new double[cols];
        for (int i = 0; i < values.size(); i++) {
            float v = values.get(i);
            if (!Float.isNaN(v)) {
                sums[i % cols] += v;
            }
        }
        float[] means = new float[cols];
        for (int c = 0; c < cols; c++) {
            means[c] = (float) (sums[c] / present(c));
        }
        for (int i = 0; i < values.size(); i++) {
            if (Float.isNaN(values.get(i))) {
                values.set(i, means[i % cols]);
            }
        }
    }

    private long present(int column) {
        long present = rows - missingPerColumn[column];
        if (present == 0) {
            throw new BadInputException(file + ", column '" + names.get(column)
                    + "': every value is missing, so it has no mean; drop the column.");
        }
        return present;
    }
}
