package org.inferscope.scale;

import java.io.Serializable;
import java.util.List;
import org.inferscope.engine.api.Task;

/**
 * The target's task and, for classification, the one class order every partition counts in: decided on
 * the driver, as the engine's readers decide it for a whole file.
 *
 * @param task classification or regression
 * @param classNames the dataset's classes in InferScope's order; empty for regression
 * @param reason why the task was chosen ("10 distinct integer values")
 */
record TargetPlan(Task task, List<String> classNames, String reason) implements Serializable {

    TargetPlan {
        classNames = List.copyOf(classNames);
    }

    static TargetPlan regression(String reason) {
        return new TargetPlan(Task.REGRESSION, List.of(), reason);
    }
}
