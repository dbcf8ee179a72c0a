package org.inferscope.scale;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.FeatureMatrix;
import org.inferscope.engine.api.MissingValuePolicy;
import org.inferscope.engine.api.MissingValues;
import org.inferscope.engine.api.Target;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.data.CellRules;

/**
 * Up to a batch of Spark rows turned into the engine's {@link Dataset}: features as floats and target
 * class ids in the driver's class order, each cell read by the same rules as the engine's file readers.
 * Reused from batch to batch; not thread-safe.
 */
final class RowBatch {
    private static final int CELL_SHOWN = 40;

    private final ScoringPlan plan;
    private final int width;
    private final float[] features;
    private final int[] classIds;
    private final double[] values;
    private final Map<String, Integer> classIndex = new HashMap<>();
    private int rows;

    RowBatch(ScoringPlan plan, int capacity) {
        this.plan = plan;
        this.width = plan.columns().featureCount();
        this.features = new float[capacity * width];
        boolean classify = plan.target().task() == Task.CLASSIFICATION;
        this.classIds = classify ? new int[capacity] : null;
        this.values = classify ? null : new double[capacity];
        List<String> names = plan.target().classNames();
        for (int i = 0; i < names.size(); i++) {
            classIndex.put(names.get(i), i);
        }
    }

    int capacity() {
        return features.length / Math.max(1, width);
    }

    int rows() {
        return rows;
    }

    boolean isFull() {
        return rows == capacity();
    }

    void clear() {
        rows = 0;
    }

    void add(Row row) {
        int[] indexes = plan.columns().featureIndexes();
        int base = rows * width;
        for (int f = 0; f < width; f++) {
            features[base + f] = feature(row.get(indexes[f]), f);
        }
        Object target = row.get(plan.columns().targetIndex());
        if (classIds != null) {
            classIds[rows] = classId(target);
        } else {
            values[rows] = number(target);
        }
        rows++;
    }

    /** The rows added since the last clear, as the engine's dataset; shares this batch's arrays when full. */
    Dataset dataset() {
        float[] matrix = rows == capacity() ? features : java.util.Arrays.copyOf(features, rows * width);
        Target target = classIds != null
                ? Target.classes(plan.columns().targetName(), rows == capacity() ? classIds
                        : java.util.Arrays.copyOf(classIds, rows), plan.target().classNames())
                : Target.numbers(plan.columns().targetName(), rows == capacity() ? values
                        : java.util.Arrays.copyOf(values, rows));
        return new Dataset(plan.table(), null, plan.format(), plan.columns().featureNames(),
                new FeatureMatrix(rows, width, matrix), target, MissingValues.none(MissingValuePolicy.REJECT));
    }

    private float feature(Object cell, int f) {
        if (cell instanceof Float v) {
            return v;
        }
        if (cell instanceof Number n) {
            return (float) n.doubleValue();
        }
        if (cell == null || cell instanceof String s && CellRules.isMissing(s)) {
            throw new BadInputException("A row of " + plan.table() + " has no value in column '" + name(f)
                    + "': spark-eval does not impute missing values, so fill them in or drop those rows.");
        }
        float v = CellRules.feature(cell.toString());
        if (Float.isNaN(v)) {
            throw new BadInputException(plan.table() + ", column '" + name(f) + "': '" + shorten(cell)
                    + "' is not a number; features must be numbers, so fix the cell or make this column the target.");
        }
        return v;
    }

    private int classId(Object cell) {
        String label = cell instanceof Number n ? CellRules.classLabel(n.doubleValue())
                : CellRules.classLabel(String.valueOf(requirePresent(cell)));
        Integer id = classIndex.get(label);
        if (id == null) {
            throw new BadInputException(plan.table() + ": the target value '" + shorten(label) + "' is not one of the "
                    + plan.target().classNames().size() + " classes found when the job started: the data changed"
                    + " while it was read, so run again.");
        }
        return id;
    }

    private double number(Object cell) {
        if (cell instanceof Number n) {
            return n.doubleValue();
        }
        double v = CellRules.number(String.valueOf(requirePresent(cell)));
        if (Double.isNaN(v)) {
            throw new BadInputException(plan.table() + ": the target '" + plan.columns().targetName() + "' holds '"
                    + shorten(cell) + "', not a number, so it cannot be a regression target: choose a numeric column"
                    + " or classification.");
        }
        return v;
    }

    private Object requirePresent(Object cell) {
        if (cell == null || cell instanceof String s && CellRules.isMissing(s)) {
            throw new BadInputException("A row of " + plan.table() + " has no target value in '"
                    + plan.columns().targetName() + "'; every row needs one, so fill it in or drop the row.");
        }
        return cell;
    }

    private String name(int f) {
        return plan.columns().featureNames().get(f);
    }

    private static String shorten(Object cell) {
        String t = String.valueOf(cell).trim();
        return t.length() <= CELL_SHOWN ? t : t.substring(0, CELL_SHOWN) + "...";
    }

    int[] classIds() {
        return classIds;
    }

    double[] values() {
        return values;
    }
}
