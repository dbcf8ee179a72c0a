package org.inferscope.plugins.onnxruntime.transform;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** ONNX Runtime for the transform tests: the default environment, CPU, all optimisations. */
final class TestOrt implements OrtAccess {

    @Override
    public OrtEnvironment environment() {
        return OrtEnvironment.getEnvironment();
    }

    @Override
    public OrtSession.SessionOptions sessionOptions() throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        return options;
    }

    /** The first output of {@code model} for {@code rows} rows of {@code rowShape}, as [rows][outputs]. */
    float[][] run(Path model, float[] values, long[] rowShape, int rows) throws Exception {
        try (OrtSession session = open(Files.readAllBytes(model))) {
            long[] shape = new long[rowShape.length + 1];
            shape[0] = rows;
            System.arraycopy(rowShape, 0, shape, 1, rowShape.length);
            String input = session.getInputNames().iterator().next();
            try (OnnxTensor x = OnnxTensor.createTensor(environment(), FloatBuffer.wrap(values), shape);
                 OrtSession.Result result = session.run(Map.of(input, x))) {
                return (float[][]) result.get(0).getValue();
            }
        }
    }
}
