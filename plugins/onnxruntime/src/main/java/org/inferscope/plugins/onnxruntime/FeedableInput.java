package org.inferscope.plugins.onnxruntime;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.ElementType;
import org.inferscope.engine.api.TensorSpec;
import org.inferscope.engine.api.ValueKind;

/**
 * The engine feeds a model one numeric tensor. This finds that input, or refuses the model with a
 * sentence that names its inputs. An input that has an initializer of the same name has a default
 * and need not be fed.
 */
final class FeedableInput {

    static final Set<ElementType> FEEDABLE_TYPES =
            Set.of(ElementType.FLOAT, ElementType.DOUBLE, ElementType.INT64, ElementType.INT32);

    private FeedableInput() {
    }

    static TensorSpec require(String fileName, List<TensorSpec> inputs, Set<String> initializers) {
        List<TensorSpec> required = inputs.stream()
                .filter(i -> !initializers.contains(i.name())).toList();
        if (required.size() != 1) {
            throw new BadInputException(fileName + " has " + required.size() + " required inputs ("
                    + describe(required) + "); InferScope feeds one tensor input");
        }
        TensorSpec input = required.get(0);
        if (input.kind() != ValueKind.TENSOR) {
            throw new BadInputException(fileName + "'s input " + input.name() + " is a "
                    + input.describe() + ", not a tensor; InferScope feeds one numeric tensor input");
        }
        if (!FEEDABLE_TYPES.contains(input.elementType())) {
            throw new BadInputException(fileName + "'s input " + input.name() + " is "
                    + input.describe() + "; InferScope feeds FLOAT, DOUBLE, INT32 or INT64 tensors");
        }
        return input;
    }

    private static String describe(List<TensorSpec> inputs) {
        return inputs.isEmpty() ? "none" : inputs.stream()
                .map(i -> i.name() + " " + i.describe()).collect(Collectors.joining(", "));
    }
}
