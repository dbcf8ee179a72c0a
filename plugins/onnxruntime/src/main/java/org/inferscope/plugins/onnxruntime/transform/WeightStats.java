package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;

/** Counts over a model's weights (initializers of two or more dimensions). */
final class WeightStats {
    private WeightStats() {
    }

    /** Fraction of FLOAT weight-matrix elements that are exactly zero; 0 when there are none. */
    static double sparsity(OnnxMl.ModelProto model) {
        long zeros = 0;
        long total = 0;
        for (OnnxMl.TensorProto t : model.getGraph().getInitializerList()) {
            if (t.getDimsCount() < 2 || t.getDataType() != OnnxMl.TensorProto.DataType.FLOAT.getNumber()) {
                continue;
            }
            for (float v : OnnxGraph.floats(t)) {
                zeros += v == 0f ? 1 : 0;
                total++;
            }
        }
        return total == 0 ? 0 : zeros / (double) total;
    }
}
