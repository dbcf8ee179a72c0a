package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import java.util.List;

/** Builds the NodeProtos and attributes the precision rewrites insert. */
final class Nodes {
    private Nodes() {
    }

    static OnnxMl.NodeProto node(String op, String name, List<String> inputs, List<String> outputs,
                                 OnnxMl.AttributeProto... attributes) {
        OnnxMl.NodeProto.Builder b = OnnxMl.NodeProto.newBuilder().setOpType(op).setName(name)
                .addAllInput(inputs).addAllOutput(outputs);
        for (OnnxMl.AttributeProto a : attributes) {
            b.addAttribute(a);
        }
        return b.build();
    }

    static OnnxMl.AttributeProto intAttr(String name, long value) {
        return OnnxMl.AttributeProto.newBuilder().setName(name).setType(OnnxMl.AttributeProto.AttributeType.INT)
                .setI(value).build();
    }

    /** Cast(to=FLOAT). */
    static OnnxMl.NodeProto castToFloat(String name, String input, String output) {
        return node("Cast", name, List.of(input), List.of(output),
                intAttr("to", OnnxMl.TensorProto.DataType.FLOAT.getNumber()));
    }

    /** The node's INT attribute, or {@code fallback} when it has none. */
    static long intAttribute(OnnxMl.NodeProto node, String name, long fallback) {
        return node.getAttributeList().stream().filter(a -> a.getName().equals(name)).findFirst()
                .map(OnnxMl.AttributeProto::getI).orElse(fallback);
    }

    static float floatAttribute(OnnxMl.NodeProto node, String name, float fallback) {
        return node.getAttributeList().stream().filter(a -> a.getName().equals(name)).findFirst()
                .map(OnnxMl.AttributeProto::getF).orElse(fallback);
    }

    /** The node without the named attributes (e.g. Gemm's alpha and beta once folded into the weights). */
    static OnnxMl.NodeProto withoutAttributes(OnnxMl.NodeProto node, String... names) {
        OnnxMl.NodeProto.Builder b = node.toBuilder().clearAttribute();
        for (OnnxMl.AttributeProto a : node.getAttributeList()) {
            if (!List.of(names).contains(a.getName())) {
                b.addAttribute(a);
            }
        }
        return b.build();
    }

    /** The node with input {@code index} renamed. */
    static OnnxMl.NodeProto withInput(OnnxMl.NodeProto node, int index, String name) {
        return node.toBuilder().setInput(index, name).build();
    }

    /** The input at {@code index}, or "" when the node has fewer inputs (an absent optional input). */
    static String input(OnnxMl.NodeProto node, int index) {
        return index < node.getInputCount() ? node.getInput(index) : "";
    }
}
