package org.inferscope.plugins.nd4j;

import java.util.Optional;
import java.util.Set;

/** Other model formats that are ZIP archives, told by their entries, with what to do instead. */
final class OtherZipFormats {

    private OtherZipFormats() {
    }

    /** "a Keras 3 .keras model, which InferScope does not read: export it to ONNX with tf2onnx", or empty. */
    static Optional<String> recognise(Set<String> entries) {
        if (entries.contains("config.json") && entries.contains("model.weights.h5")) {
            return Optional.of("a Keras 3 .keras model, which InferScope does not read: export it to ONNX with tf2onnx");
        }
        if (entries.stream().anyMatch(e -> e.endsWith("data.pkl"))) {
            return Optional.of("a PyTorch model, which InferScope does not read: export it to ONNX with"
                    + " torch.onnx.export");
        }
        return Optional.empty();
    }
}
