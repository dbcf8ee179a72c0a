package org.inferscope.plugins.onnxruntime.transform;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/** How the rewrites reach ONNX Runtime: the plugin's shared environment and its CPU session options. */
public interface OrtAccess {

    OrtEnvironment environment();

    /** CPU session options as the plugin's sessions use them; the caller closes them. */
    OrtSession.SessionOptions sessionOptions() throws OrtException;

    /** Opens a CPU session on a model held in memory; the caller closes it. */
    default OrtSession open(byte[] model) throws OrtException {
        try (OrtSession.SessionOptions options = sessionOptions()) {
            return environment().createSession(model, options);
        }
    }
}
