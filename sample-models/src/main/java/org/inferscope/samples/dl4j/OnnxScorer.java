package org.inferscope.samples.dl4j;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.inferscope.plugins.nd4j.Dl4jOnnxExporter;

/**
 * Runs an exported ONNX file with ONNX Runtime, so that its card's metrics are ONNX Runtime's own.
 *
 * <p>ONNX Runtime 1.29's native start-up crashed the JVM (SIGSEGV, no hs_err) on a thread with Java's
 * default 1 MB stack when the class path held the Deeplearning4j jars, and ran with 4 MB: so it runs here
 * on a thread of its own with a generous stack.
 */
final class OnnxScorer {

    private static final long STACK_BYTES = 16L << 20;

    float[][] score(Path model, float[][] rows) throws OrtException, InterruptedException {
        AtomicReference<float[][]> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(run(model, rows));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "onnx-scorer", STACK_BYTES);
        worker.start();
        worker.join();
        if (failure.get() instanceof OrtException e) {
            throw e;
        }
        if (failure.get() != null) {
            throw new IllegalStateException("ONNX Runtime failed on " + model, failure.get());
        }
        return result.get();
    }

    private static float[][] run(Path model, float[][] rows) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            try (OrtSession session = env.createSession(model.toString(), options);
                 OnnxTensor input = OnnxTensor.createTensor(env, rows);
                 OrtSession.Result result = session.run(Map.of(Dl4jOnnxExporter.INPUT, input))) {
                return (float[][]) result.get(Dl4jOnnxExporter.OUTPUT).orElseThrow().getValue();
            }
        }
    }
}
