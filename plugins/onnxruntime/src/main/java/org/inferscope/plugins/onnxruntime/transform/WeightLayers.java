package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The layers whose weights pruning may touch: MatMul and Gemm with a constant 2-D FLOAT B, Conv
 * with a constant FLOAT filter of three or more dimensions. Every other weight-bearing node is
 * recorded as skipped, with the reason.
 */
final class WeightLayers {

    /** A layer with a prunable weight: the node, its label for reports, and the weight's name. */
    record Layer(OnnxMl.NodeProto node, String label, String weight) {
        String op() {
            return node.getOpType();
        }
    }

    private static final Set<String> ML_WITH_ATTRIBUTE_WEIGHTS = Set.of("LinearClassifier", "LinearRegressor",
            "SVMClassifier", "SVMRegressor");
    private static final Set<String> ML_TREES = Set.of("TreeEnsembleClassifier", "TreeEnsembleRegressor",
            "TreeEnsemble");

    private WeightLayers() {
    }

    /** The prunable layers in graph order; every weight layer that is not prunable goes to the log. */
    static List<Layer> find(OnnxGraph graph, TransformLog log) {
        List<Layer> layers = new ArrayList<>();
        for (OnnxMl.NodeProto node : graph.proto().getNodeList()) {
            String reason = reasonToSkip(graph, node);
            if (reason == null) {
                layers.add(new Layer(node, graph.label(node), node.getInput(1)));
            } else if (!reason.isEmpty()) {
                log.skipped(graph.label(node), node.getOpType(), node.getOpType() + ": " + reason);
            }
        }
        return layers;
    }

    /** Null when the node's weight is prunable, "" when the node has no weights, else the reason. */
    private static String reasonToSkip(OnnxGraph graph, OnnxMl.NodeProto node) {
        String op = node.getOpType();
        if (ML_WITH_ATTRIBUTE_WEIGHTS.contains(op)) {
            return "ONNX-ML operator with weights in attributes";
        }
        if (ML_TREES.contains(op)) {
            return "tree ensemble: no weight matrix to prune";
        }
        if (!isWeightOp(node) || node.getInputCount() < 2) {
            return "";
        }
        return weightReason(graph, node);
    }

    static boolean isWeightOp(OnnxMl.NodeProto node) {
        String op = node.getOpType();
        return node.getDomain().isEmpty() && (op.equals("MatMul") || op.equals("Gemm") || op.equals("Conv"));
    }

    private static String weightReason(OnnxGraph graph, OnnxMl.NodeProto node) {
        String name = node.getInput(1);
        OnnxMl.TensorProto w = graph.initializer(name);
        if (w == null) {
            OnnxMl.NodeProto producer = graph.producer(name);
            if (producer == null) {
                return "weight is a graph input, not a constant";
            }
            return producer.getOpType().equals("Constant")
                    ? "weight is held in a Constant node, not an initializer"
                    : "weight is computed by " + producer.getOpType() + ", not a constant";
        }
        if (w.getDataLocation() == OnnxMl.TensorProto.DataLocation.EXTERNAL) {
            return "weight is stored in an external data file, which is not rewritten here";
        }
        if (w.getDataType() != OnnxMl.TensorProto.DataType.FLOAT.getNumber()) {
            return "weight is not FLOAT (prune before quantizing)";
        }
        boolean conv = node.getOpType().equals("Conv");
        if (conv ? w.getDimsCount() < 3 : w.getDimsCount() != 2) {
            return "weight has " + w.getDimsCount() + " dimensions; only 2-D matrices and Conv filters are pruned";
        }
        return otherUseOf(graph, name);
    }

    /** Null when every use of the initializer is as a layer's weight (input 1), else the reason. */
    private static String otherUseOf(OnnxGraph graph, String name) {
        for (OnnxMl.NodeProto user : graph.consumers(name)) {
            for (int i = 0; i < user.getInputCount(); i++) {
                if (user.getInput(i).equals(name) && !(i == 1 && isWeightOp(user))) {
                    return "weight also feeds " + user.getOpType() + " input " + i + ", which is not a weight";
                }
            }
        }
        return graph.isGraphOutput(name) ? "weight is also a graph output" : null;
    }
}
