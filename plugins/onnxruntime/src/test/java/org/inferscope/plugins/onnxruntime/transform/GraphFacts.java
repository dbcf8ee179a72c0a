package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;

/** Structural counts over a variant, for the tests' assertions. */
record GraphFacts(OnnxMl.ModelProto model) {

    static GraphFacts of(OnnxMl.ModelProto model) {
        return new GraphFacts(model);
    }

    long ops(String op) {
        return model.getGraph().getNodeList().stream().filter(n -> n.getOpType().equals(op)).count();
    }

    /** Initializers of two or more dimensions of that type. */
    long matrices(OnnxMl.TensorProto.DataType type) {
        return model.getGraph().getInitializerList().stream()
                .filter(t -> t.getDimsCount() >= 2 && t.getDataType() == type.getNumber()).count();
    }

    long tensors(OnnxMl.TensorProto.DataType type) {
        return model.getGraph().getInitializerList().stream().filter(t -> t.getDataType() == type.getNumber()).count();
    }

    /** 1-D initializers whose name contains {@code part}. */
    long vectorsNamed(String part) {
        return model.getGraph().getInitializerList().stream()
                .filter(t -> t.getName().contains(part) && t.getDimsCount() == 1).count();
    }

    long dequantizeWithAxis() {
        return model.getGraph().getNodeList().stream().filter(n -> n.getOpType().equals("DequantizeLinear"))
                .filter(n -> n.getAttributeList().stream().anyMatch(a -> a.getName().equals("axis"))).count();
    }

    long opset() {
        return OpsetUpgrade.opset(model);
    }
}
