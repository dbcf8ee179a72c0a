package org.inferscope.plugins.onnxruntime;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.plugins.onnxruntime.transform.OrtAccess;

/** The transform package's way into the plugin's one shared ONNX Runtime environment. */
final class SharedOrtAccess implements OrtAccess {
    private final SharedOrtEnvironment shared;

    SharedOrtAccess(SharedOrtEnvironment shared) {
        this.shared = shared;
    }

    @Override
    public OrtEnvironment environment() {
        return shared.get().orElseThrow(() -> new BadInputException(
                shared.failure().orElse("ONNX Runtime could not start") + ": variants cannot be made here."));
    }

    @Override
    public OrtSession.SessionOptions sessionOptions() throws OrtException {
        return shared.sessionOptions(0);
    }
}
