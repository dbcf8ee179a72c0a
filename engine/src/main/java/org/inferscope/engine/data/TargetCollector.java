package org.inferscope.engine.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Target;
import org.inferscope.engine.api.Task;

/**
 * Collects the target cell of every row, then decides the task and builds the {@link Target}.
 * While every value is a number it keeps doubles; at the first text it switches to class labels.
 */
final class TargetCollector {

    static final int MAX_CLASSES_INFERRED = 20;

    private final String file;
    private final String name;
    private final List<String> declared;
    private final GrowingDoubles numbers = new GrowingDoubles();
    private final Set<Double> distinct = new HashSet<>();
    private boolean allWhole = true;
    private Map<String, Integer> labelIds;
    private GrowingInts ids;

    private TargetCollector(String file, String name, List<String> declared) {
        this.file = file;
        this.name = name;
        this.declared = declared;
    }

    /** A target whose task and classes are read from its values. */
    static TargetCollector inferred(String file, String name) {
        return new TargetCollector(file, name, null);
    }

    /** A nominal target whose classes are declared up front, in that order (ARFF). */
    static TargetCollector nominal(String file, String name, List<String> classes) {
        TargetCollector c = new TargetCollector(file, name, List.copyOf(classes));
        c.switchToLabels();
        c.declared.forEach(k -> c.labelIds.put(k, c.labelIds.size()));
        return c;
    }

    /** Adds one row's cell; {@code line} is the 1-based line in the file for messages. */
    void add(String cell, long line) {
        if (Cells.isMissing(cell)) {
            throw new BadInputException(file + " line " + line + ": the target '" + name
                    + "' is missing; every row needs a target value, so fill it in or drop the row.");
        }
        double v = labelIds == null ? Cells.parse(cell) : Double.NaN;
        if (labelIds == null && !Double.isNaN(v)) {
            addNumber(v);
            return;
        }
        if (labelIds == null) {
            switchToLabels();
        }
        addLabel(declared != null ? cell.trim() : Cells.label(cell), line);
    }

    private void addNumber(double v) {
        numbers.add(v);
        allWhole &= Cells.isWhole(v);
        if (distinct.size() <= MAX_CLASSES_INFERRED) {
            distinct.add(v);
        }
    }

    private void addLabel(String label, long line) {
        Integer id = labelIds.get(label);
        if (id == null && declared != null) {
            throw new BadInputException(file + " line " + line + ": '" + label + "' is not one of the classes "
                    + declared + " declared for '" + name + "': fix the value or the declaration.");
        }
        if (id == null) {
            id = labelIds.size();
            labelIds.put(label, id);
        }
        ids.add(id);
    }

    private void switchToLabels() {
        labelIds = new LinkedHashMap<>();
        ids = new GrowingInts();
        for (int i = 0; i < numbers.size(); i++) {
            addLabel(canonical(numbers.get(i)), 0);
        }
    }

    /** Decides the task (or applies {@code forced}) and builds the target. */
    TaskDecision build(Task forced, String forcedReason) {
        if (declared != null || labelIds != null) {
            return buildLabelled(forced);
        }
        if (forced != null) {
            return finish(forced, forcedReason);
        }
        int n = distinct.size();
        if (allWhole && n <= MAX_CLASSES_INFERRED) {
            return finish(Task.CLASSIFICATION, n + " distinct integer values");
        }
        return finish(Task.REGRESSION, allWhole ? "more than " + MAX_CLASSES_INFERRED + " distinct integer values"
                : "continuous values");
    }

    private TaskDecision buildLabelled(Task forced) {
        String reason = declared != null ? "nominal attribute" : labelIds.size() + " distinct text values";
        if (forced == Task.REGRESSION) {
            throw new BadInputException(file + ": the target '" + name + "' holds text or classes ("
                    + reason + "), so it cannot be a regression target: choose a numeric column or classification.");
        }
        return classification(reason);
    }

    private TaskDecision finish(Task task, String reason) {
        if (task == Task.REGRESSION) {
            return new TaskDecision(Target.numbers(name, numbers.toArray()), reason);
        }
        switchToLabels();
        return classification(reason);
    }

    private TaskDecision classification(String reason) {
        List<String> order = declared != null ? declared : ClassOrder.sort(labelIds.keySet());
        int[] remap = new int[labelIds.size()];
        for (int i = 0; i < order.size(); i++) {
            remap[labelIds.get(order.get(i))] = i;
        }
        int[] classIds = ids.toArray();
        for (int i = 0; i < classIds.length; i++) {
            classIds[i] = remap[classIds[i]];
        }
        return new TaskDecision(Target.classes(name, classIds, new ArrayList<>(order)), reason);
    }

    private static String canonical(double v) {
        return Cells.isWhole(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
