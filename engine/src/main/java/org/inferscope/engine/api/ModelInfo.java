package org.inferscope.engine.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a plugin learned about a model file.
 *
 * @param file the model file
 * @param format a short format name ("ONNX")
 * @param fileSizeBytes size on disk
 * @param inputs the model's inputs in file order
 * @param outputs the model's outputs in file order
 * @param opset the default-domain opset, or 0 when not applicable
 * @param opCounts operator type to number of nodes, sorted by name; empty when not applicable
 * @param parameterCount number of weights (initializer elements), or -1 when unknown
 * @param classLabels class labels the file itself states (metadata, ZipMap keys), else empty
 * @param metadata producer, version, custom metadata, as the file states them
 */
public record ModelInfo(Path file, String format, long fileSizeBytes, List<TensorSpec> inputs,
                        List<TensorSpec> outputs, long opset, Map<String, Long> opCounts,
                        long parameterCount, List<String> classLabels, Map<String, String> metadata) {

    public ModelInfo {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        opCounts = Map.copyOf(opCounts);
        classLabels = List.copyOf(classLabels);
        metadata = Map.copyOf(metadata);
    }
}
