package org.inferscope.engine.binding;

import java.util.List;
import org.inferscope.engine.api.Scaling;

/**
 * What the user said about how to fit a dataset to a model.
 *
 * @param scaling input scaling
 * @param classOrder class names in the order of the model's score columns, or empty
 * @param inputName the input to feed, or null to pick the single tensor input
 * @param outputName the output to read, or null to pick one by task
 */
public record BindingOptions(Scaling scaling, List<String> classOrder, String inputName, String outputName) {

    public BindingOptions {
        scaling = scaling == null ? Scaling.NONE : scaling;
        classOrder = classOrder == null ? List.of() : List.copyOf(classOrder);
    }

    public static BindingOptions defaults() {
        return new BindingOptions(Scaling.NONE, List.of(), null, null);
    }
}
