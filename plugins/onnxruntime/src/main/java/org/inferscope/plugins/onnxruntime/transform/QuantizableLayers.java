package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the layers a precision rewrite can change, and logs every other node that holds weights as
 * skipped, with the reason in the user's words.
 */
final class QuantizableLayers {
    private static final int FLOAT = OnnxMl.TensorProto.DataType.FLOAT.getNumber();
    private static final Set<String> ML_WITH_WEIGHTS = Set.of("LinearClassifier", "LinearRegressor",
            "SVMClassifier", "SVMRegressor", "TreeEnsembleClassifier", "TreeEnsembleRegressor");

    private QuantizableLayers() {
    }

    /** The candidate layers in graph order; skipped ones go to {@code log}. */
    static List<WeightLayer> scan(OnnxGraph graph, TransformLog log) {
        List<WeightLayer> layers = new ArrayList<>();
        for (OnnxMl.NodeProto node : graph.proto().getNodeList()) {
            String reason = reasonToSkip(graph, node);
            if (reason == null && isLayerOp(node)) {
                layers.add(layer(graph, node));
            } else if (reason != null) {
                log.skipped(graph.label(node), node.getOpType(), reason);
            }
        }
        return layers;
    }

    /** Why a node with weights is left as it is; null when it is a candidate or holds no weights. */
    private static String reasonToSkip(OnnxGraph graph, OnnxMl.NodeProto node) {
        String op = node.getOpType();
        boolean onnxMl = node.getDomain().equals("ai.onnx.ml");
        if (onnxMl && ML_WITH_WEIGHTS.contains(op)) {
            return op + ": an ONNX-ML operator, no integer kernel";
        }
        if (!node.getDomain().isEmpty() && !node.getDomain().equals("ai.onnx")) {
            return null;
        }
        if (isLayerOp(node)) {
            return layerProblem(graph, node);
        }
        boolean holdsMatrix = node.getInputList().stream().map(graph::initializer)
                .anyMatch(t -> t != null && t.getDimsCount() >= 2 && t.getDataType() == FLOAT);
        return holdsMatrix ? op + ": holds a weight tensor but is not MatMul, Gemm or Conv" : null;
    }

    private static boolean isLayerOp(OnnxMl.NodeProto node) {
        return (node.getDomain().isEmpty() || node.getDomain().equals("ai.onnx"))
                && Set.of("MatMul", "Gemm", "Conv").contains(node.getOpType());
    }

    private static String layerProblem(OnnxGraph graph, OnnxMl.NodeProto node) {
        String op = node.getOpType();
        OnnxMl.TensorProto w = graph.initializer(Nodes.input(node, 1));
        if (w == null) {
            return op + ": the weights are computed in the graph, not stored";
        }
        if (w.getDataType() != FLOAT) {
            return op + ": the weights are not FP32";
        }
        if (!op.equals("Conv") && w.getDimsCount() != 2) {
            return op + ": the weight is not a 2-D matrix";
        }
        if (op.equals("Conv") && w.getDimsCount() < 3) {
            return "Conv: the filter has fewer than 3 dimensions";
        }
        if (op.equals("Gemm") && Nodes.intAttribute(node, "transA", 0) != 0) {
            return "Gemm: transA=1 is not handled";
        }
        String bias = Nodes.input(node, 2);
        if (!bias.isEmpty() && !op.equals("MatMul")) {
            OnnxMl.TensorProto b = graph.initializer(bias);
            if (b == null || b.getDataType() != FLOAT) {
                return op + ": the bias is computed in the graph or not FP32";
            }
        }
        return null;
    }

    private static WeightLayer layer(OnnxGraph graph, OnnxMl.NodeProto node) {
        String bias = Nodes.input(node, 2);
        return new WeightLayer(node, graph.label(node), graph.initializer(node.getInput(1)),
                bias.isEmpty() ? null : graph.initializer(bias));
    }
}
