package org.inferscope.engine.binding;

import java.util.ArrayList;
import java.util.List;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.TensorSpec;

/**
 * The shape one row takes in the model's input, and how many rows one call may hold.
 *
 * @param rowShape the input's dimensions after the batch dimension, free ones resolved
 * @param maxBatch the most rows one call may hold
 * @param notes what the user should know about the layout
 */
record InputLayout(long[] rowShape, int maxBatch, List<String> notes) {

    static InputLayout of(String modelFile, TensorSpec input, int features, String datasetName) {
        List<Long> shape = input.shape();
        if (shape.isEmpty()) {
            return new InputLayout(new long[] {features}, Integer.MAX_VALUE, List.of());
        }
        long[] rowShape = rowShape(modelFile, input, features, datasetName);
        List<String> notes = new ArrayList<>();
        int maxBatch = maxBatch(modelFile, input, notes);
        return new InputLayout(rowShape, maxBatch, List.copyOf(notes));
    }

    private static long[] rowShape(String modelFile, TensorSpec input, int features, String datasetName) {
        List<Long> shape = input.shape();
        long[] row = new long[shape.size() - 1];
        long fixed = 1;
        int free = -1;
        int freeCount = 0;
        for (int i = 0; i < row.length; i++) {
            row[i] = shape.get(i + 1);
            if (row[i] < 0) {
                free = i;
                freeCount++;
            } else {
                fixed *= row[i];
            }
        }
        if (freeCount > 1) {
            throw new BadInputException(modelFile + " input '" + input.name() + "' " + input.describe() + " has "
                    + freeCount + " free dimensions besides the batch, so its row shape cannot be told from "
                    + features + " columns: export the model with fixed feature dimensions.");
        }
        if (freeCount == 1 && fixed > 0 && features % fixed == 0 && features > 0) {
            row[free] = features / fixed;
            return row;
        }
        if (freeCount == 0 && fixed == features) {
            return row;
        }
        String expected = freeCount == 0 ? Long.toString(fixed) : "a multiple of " + fixed;
        throw new BadInputException(modelFile + " expects " + expected + " features (input '" + input.name() + "' "
                + input.describe() + "), the dataset " + datasetName + " has " + features
                + ": choose the dataset the model was trained on or a matching model.");
    }

    private static int maxBatch(String modelFile, TensorSpec input, List<String> notes) {
        long first = input.shape().get(0);
        if (first < 0) {
            return Integer.MAX_VALUE;
        }
        if (first == 1) {
            notes.add("model input is fixed at batch 1: every batch is run as single rows");
            return 1;
        }
        throw new BadInputException(modelFile + " input '" + input.name() + "' " + input.describe()
                + " is fixed at batch " + first + "; InferScope runs models with a free batch dimension or batch 1:"
                + " export the model with a dynamic batch axis.");
    }

    int elementsPerRow() {
        long n = 1;
        for (long d : rowShape) {
            n *= d;
        }
        return Math.toIntExact(n);
    }
}
