package org.inferscope.engine.binding;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.ElementType;
import org.inferscope.engine.api.ModelInfo;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.api.TensorSpec;
import org.inferscope.engine.api.ValueKind;

/** Picks the model output to read for a task, or checks the one the user named. */
final class OutputChoice {
    private static final Set<ElementType> LABEL_TYPES = EnumSet.of(ElementType.INT64, ElementType.STRING);
    private static final Set<ElementType> SCORE_TYPES = EnumSet.of(ElementType.FLOAT, ElementType.DOUBLE);

    private OutputChoice() {
    }

    static TensorSpec choose(ModelInfo model, Task task, String outputName) {
        String file = Binding.fileName(model.file());
        if (outputName != null) {
            return model.outputs().stream().filter(o -> o.name().equals(outputName)).findFirst()
                    .orElseThrow(() -> new BadInputException(file + " has no output '" + outputName
                            + "'; its outputs are: " + list(model.outputs()) + "."));
        }
        Optional<TensorSpec> chosen = task == Task.CLASSIFICATION
                ? first(model, tensorOf(LABEL_TYPES))
                        .or(() -> first(model, tensorOf(SCORE_TYPES)))
                        .or(() -> first(model, o -> o.kind() == ValueKind.SEQUENCE))
                : first(model, tensorOf(SCORE_TYPES));
        return chosen.orElseThrow(() -> new BadInputException(file + " has no output that holds "
                + (task == Task.CLASSIFICATION ? "class labels or scores" : "numbers")
                + " (outputs: " + list(model.outputs()) + "): name the output to read."));
    }

    private static Predicate<TensorSpec> tensorOf(Set<ElementType> types) {
        return o -> o.kind() == ValueKind.TENSOR && types.contains(o.elementType());
    }

    private static Optional<TensorSpec> first(ModelInfo model, Predicate<TensorSpec> test) {
        return model.outputs().stream().filter(test).findFirst();
    }

    static String list(List<TensorSpec> specs) {
        if (specs.isEmpty()) {
            return "none";
        }
        return specs.stream().map(s -> "'" + s.name() + "' " + s.describe()).collect(Collectors.joining(", "));
    }
}
