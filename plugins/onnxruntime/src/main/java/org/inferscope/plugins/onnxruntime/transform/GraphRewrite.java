package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.spi.CalibrationData;

/** One kind of rewrite of a whole model (a precision change, a kind of pruning). */
public interface GraphRewrite {

    /**
     * Returns the rewritten model and records in {@code log} every layer changed or skipped.
     *
     * @param calibration rows for calibration, or null when the caller has none
     */
    OnnxMl.ModelProto apply(OnnxMl.ModelProto model, TransformSpec spec, CalibrationData calibration, TransformLog log);
}
