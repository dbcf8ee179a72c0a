package org.inferscope.scale;

import java.io.Serializable;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.data.CellRules;

/**
 * One pass over the target column only, before scoring: whether any value is text, whether all numbers
 * are whole, and the distinct class names (up to a limit). Each partition returns a small tally; the
 * driver merges them and decides the task and class order exactly as a file reader would.
 */
final class TargetSurvey implements Serializable {
    private static final long serialVersionUID = 1L;
    /** More distinct values than this cannot be classes of a classification run. */
    static final int MAX_CLASSES = 10_000;

    private final Set<String> labels = new LinkedHashSet<>();
    private boolean anyText;
    private boolean allWhole = true;
    private boolean overflow;
    private long rows;

    /** Surveys {@code table}'s target column; {@code forced} is the task the user asked for, or null. */
    static TargetPlan plan(Dataset<Row> table, TableColumns columns, Task forced, String tableName) {
        if (forced == Task.REGRESSION) {
            return TargetPlan.regression("set by options");
        }
        Dataset<Row> target = table.select(table.col("`" + columns.targetName() + "`"));
        List<TargetSurvey> parts = target.javaRDD().mapPartitions(TargetSurvey::survey).collect();
        TargetSurvey all = new TargetSurvey();
        parts.forEach(all::merge);
        return all.decide(forced, columns.targetName(), tableName);
    }

    private static Iterator<TargetSurvey> survey(Iterator<Row> rows) {
        TargetSurvey s = new TargetSurvey();
        while (rows.hasNext()) {
            s.add(rows.next().get(0));
        }
        return Collections.singletonList(s).iterator();
    }

    private void add(Object cell) {
        rows++;
        if (cell == null || cell instanceof String text && CellRules.isMissing(text)) {
            throw new BadInputException("A row's target value is missing; every row needs a target value,"
                    + " so fill it in or drop the row.");
        }
        String label;
        if (cell instanceof Number n) {
            label = number(n.doubleValue());
        } else {
            String text = cell.toString();
            double v = CellRules.number(text);
            label = Double.isNaN(v) ? text(text) : number(v);
        }
        if (!overflow && !labels.contains(label)) {
            labels.add(label);
            overflow = labels.size() > MAX_CLASSES;
        }
    }

    private String number(double v) {
        allWhole &= CellRules.isWhole(v);
        return CellRules.classLabel(v);
    }

    private String text(String cell) {
        anyText = true;
        return CellRules.classLabel(cell);
    }

    private void merge(TargetSurvey other) {
        rows += other.rows;
        anyText |= other.anyText;
        allWhole &= other.allWhole;
        overflow |= other.overflow;
        for (String l : other.labels) {
            if (!overflow && labels.add(l)) {
                overflow = labels.size() > MAX_CLASSES;
            }
        }
    }

    private TargetPlan decide(Task forced, String target, String table) {
        if (rows == 0) {
            throw new BadInputException(table + " has no data rows: give a dataset with at least one row.");
        }
        int distinct = overflow ? Integer.MAX_VALUE : labels.size();
        Task task = forced != null ? forced : CellRules.inferTask(anyText, allWhole, distinct);
        String reason = forced != null ? "set by options"
                : anyText ? distinct + " distinct text values"
                : task == Task.CLASSIFICATION ? distinct + " distinct integer values"
                : allWhole ? "more than " + CellRules.MAX_CLASSES_INFERRED + " distinct integer values"
                : "continuous values";
        if (task == Task.REGRESSION) {
            return TargetPlan.regression(reason);
        }
        if (overflow) {
            throw new BadInputException("The target '" + target + "' of " + table + " has more than " + MAX_CLASSES
                    + " distinct values, too many for classes: choose the regression task or another column.");
        }
        return new TargetPlan(Task.CLASSIFICATION, CellRules.sortClasses(labels), reason);
    }
}
