package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;

/** INT64 constants such as a Reshape's target shape, held as an initializer or in a Constant node. */
final class ConstantShapes {

    private ConstantShapes() {
    }

    /** The constant's values, or null when the tensor is computed or not INT64. */
    static long[] read(OnnxGraph graph, String name) {
        OnnxMl.TensorProto t = graph.initializer(name);
        if (t == null) {
            OnnxMl.NodeProto producer = graph.producer(name);
            t = producer == null ? null : constantValue(producer);
        }
        return t == null || t.getDataType() != OnnxMl.TensorProto.DataType.INT64.getNumber()
                ? null : TensorSlices.longs(t);
    }

    /** Sets the constant {@code name} to {@code values} in the graph being built. */
    static void write(OnnxMl.GraphProto.Builder graph, String name, long[] values) {
        for (int i = 0; i < graph.getInitializerCount(); i++) {
            if (graph.getInitializer(i).getName().equals(name)) {
                graph.setInitializer(i, TensorSlices.withLongs(graph.getInitializer(i), values));
                return;
            }
        }
        for (int i = 0; i < graph.getNodeCount(); i++) {
            OnnxMl.NodeProto node = graph.getNode(i);
            if (node.getOutputList().contains(name) && constantValue(node) != null) {
                graph.setNode(i, withValue(node, values));
                return;
            }
        }
        throw new IllegalStateException("no constant named " + name);
    }

    private static OnnxMl.TensorProto constantValue(OnnxMl.NodeProto node) {
        if (!node.getOpType().equals("Constant")) {
            return null;
        }
        return node.getAttributeList().stream().filter(a -> a.getName().equals("value") && a.hasT())
                .map(OnnxMl.AttributeProto::getT).findFirst().orElse(null);
    }

    private static OnnxMl.NodeProto withValue(OnnxMl.NodeProto node, long[] values) {
        OnnxMl.NodeProto.Builder b = node.toBuilder();
        for (int i = 0; i < b.getAttributeCount(); i++) {
            OnnxMl.AttributeProto a = b.getAttribute(i);
            if (a.getName().equals("value")) {
                b.setAttribute(i, a.toBuilder().setT(TensorSlices.withLongs(a.getT(), values)));
            }
        }
        return b.build();
    }
}
