package org.inferscope.plugins.onnxruntime;

import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import java.util.List;
import org.inferscope.engine.api.TensorSpec;
import org.inferscope.engine.api.ValueKind;
import org.inferscope.engine.spi.OutputValue;

/** Converts one ONNX Runtime output value into the engine's {@link OutputValue}; chosen once per session. */
interface OutputReader {

    OutputValue read(OnnxValue value) throws OrtException;

    /**
     * The reader for an output: tensors become scores or labels by their element type, a
     * sequence of maps (scikit-learn's ZipMap) becomes keyed scores.
     *
     * @param classLabels the labels the model file states, which give string-keyed columns their order
     */
    static OutputReader forOutput(TensorSpec output, List<String> classLabels) {
        if (output.kind() == ValueKind.TENSOR) {
            return new TensorOutputReader();
        }
        if (output.kind() == ValueKind.SEQUENCE && output.detail().startsWith("sequence(map(")) {
            return new ZipMapOutputReader(output.name(), classLabels);
        }
        return value -> {
            throw new OrtException("output " + output.name() + " is a " + output.describe()
                    + ", which InferScope cannot read; choose a tensor output");
        };
    }
}
