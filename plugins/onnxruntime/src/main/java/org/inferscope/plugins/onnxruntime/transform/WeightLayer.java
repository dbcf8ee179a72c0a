package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;

/**
 * A node with stored weights that the precision rewrites can change: MatMul with a constant 2-D B,
 * Gemm with a constant 2-D B (and a constant or absent C), Conv with a constant filter.
 *
 * @param node the node as it is in the source graph
 * @param label the node's name for reports
 * @param weight the weight initializer (MatMul/Gemm B, Conv W)
 * @param bias the bias initializer (Gemm C, Conv B), or null
 */
record WeightLayer(OnnxMl.NodeProto node, String label, OnnxMl.TensorProto weight, OnnxMl.TensorProto bias) {

    String op() {
        return node.getOpType();
    }

    /** The operator as the source model had it: "MatMul+Add" for a Gemm that {@link MatMulAddFusion} wrote. */
    String reportedOp() {
        return MatMulAddFusion.isFused(node) ? "MatMul+Add" : op();
    }

    boolean isConv() {
        return op().equals("Conv");
    }

    boolean transB() {
        return op().equals("Gemm") && Nodes.intAttribute(node, "transB", 0) != 0;
    }

    float alpha() {
        return op().equals("Gemm") ? Nodes.floatAttribute(node, "alpha", 1f) : 1f;
    }

    float beta() {
        return op().equals("Gemm") ? Nodes.floatAttribute(node, "beta", 1f) : 1f;
    }

    long weightCount() {
        return OnnxGraph.elementCount(weight);
    }

    /**
     * The axis of the weight that indexes output channels: MatMul B [K,N] and Gemm B [K,N] axis 1,
     * Gemm B with transB [N,K] axis 0, Conv W [M,C,kH,kW] axis 0.
     */
    int outputAxis() {
        return isConv() || transB() ? 0 : 1;
    }

    /** The number of output channels. */
    int outputChannels() {
        return (int) weight.getDims(outputAxis());
    }
}
