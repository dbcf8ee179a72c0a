package org.inferscope.plugins.nd4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.ElementType;
import org.inferscope.engine.api.ModelInfo;
import org.inferscope.engine.api.TensorSpec;
import org.inferscope.engine.api.ValueKind;

/**
 * What the engine learns about a Deeplearning4j network: its inputs and outputs as FLOAT [batch, width]
 * tensors, its layer types counted like ONNX operators, its parameter count and its kind. The file states
 * no class labels and no feature names, so the engine binds columns by position.
 */
final class Dl4jModelDescription {

    static final String FORMAT = "Deeplearning4j";

    private Dl4jModelDescription() {
    }

    static ModelInfo of(Path file, Dl4jNetwork network) {
        String name = String.valueOf(file.getFileName());
        List<TensorSpec> inputs = new ArrayList<>();
        for (String input : network.inputNames()) {
            long width = network.inputWidth(input);
            if (width < 1) {
                throw new BadInputException(name + "'s input '" + input + "' does not take rows of features (its first"
                        + " layer is a convolution or recurrent layer, and the file does not record the shape it"
                        + " expects); InferScope feeds rows: use a network whose first layer is dense, or that starts"
                        + " with InputType.convolutionalFlat");
            }
            inputs.add(rows(input, width));
        }
        List<TensorSpec> outputs = network.outputNames().stream().map(o -> rows(o, network.outputWidth(o))).toList();
        return new ModelInfo(file, FORMAT + " " + network.kind(), size(file), inputs, outputs, 0,
                network.layerCounts(), network.parameterCount(), List.of(), metadata(network));
    }

    private static TensorSpec rows(String name, long width) {
        return new TensorSpec(name, ValueKind.TENSOR, ElementType.FLOAT, List.of(-1L, width), List.of("batch", ""), "");
    }

    private static Map<String, String> metadata(Dl4jNetwork network) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("network", network.kind());
        metadata.put("weights_data_type", network.dataType().name());
        metadata.put("library", "Deeplearning4j " + Nd4jRuntime.version());
        return metadata;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
