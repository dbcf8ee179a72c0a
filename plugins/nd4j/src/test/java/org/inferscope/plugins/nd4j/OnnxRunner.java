package org.inferscope.plugins.nd4j;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.Map;

/** Runs ONNX bytes with ONNX Runtime on a few rows, for the tests. */
final class OnnxRunner {

    private OnnxRunner() {
    }

    static float[][] run(byte[] model, float[][] rows) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(model, new OrtSession.SessionOptions());
             OnnxTensor input = OnnxTensor.createTensor(env, rows);
             OrtSession.Result result = session.run(Map.of(Dl4jOnnxExporter.INPUT, input))) {
            return (float[][]) result.get(Dl4jOnnxExporter.OUTPUT).orElseThrow().getValue();
        }
    }
}
