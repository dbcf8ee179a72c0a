package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rank of a tensor where the graph makes it certain: declared shapes (inputs, outputs,
 * value_info), initializers, and the few operators whose output rank follows from their inputs'
 * (element-wise activations, Gemm, Flatten, MatMul of matrices, broadcasting with a constant of no
 * higher rank). -1 when unknown; callers treat unknown as "do not rewrite".
 */
final class TensorRanks {
    private static final Set<String> SAME_RANK = Set.of("Relu", "LeakyRelu", "Sigmoid", "Tanh", "Elu", "Selu",
            "Softplus", "Softsign", "HardSigmoid", "Clip", "Identity", "Dropout", "Cast", "Softmax", "LogSoftmax",
            "Neg", "Abs", "Exp", "Sqrt", "Erf", "Gelu");
    private static final Set<String> BROADCAST = Set.of("Add", "Sub", "Mul", "Div");

    private final OnnxGraph graph;
    private final Map<String, Integer> declared = new HashMap<>();
    private final Map<String, Integer> known = new HashMap<>();

    TensorRanks(OnnxGraph graph) {
        this.graph = graph;
        OnnxMl.GraphProto g = graph.proto();
        for (var list : List.of(g.getInputList(), g.getOutputList(), g.getValueInfoList())) {
            for (OnnxMl.ValueInfoProto v : list) {
                OnnxMl.TypeProto.Tensor t = v.getType().getTensorType();
                if (v.getType().hasTensorType() && t.hasShape()) {
                    declared.put(v.getName(), t.getShape().getDimCount());
                }
            }
        }
    }

    int rank(String tensor) {
        Integer r = known.get(tensor);
        if (r == null) {
            r = infer(tensor);
            known.put(tensor, r);
        }
        return r;
    }

    private int infer(String tensor) {
        OnnxMl.TensorProto init = graph.initializer(tensor);
        if (init != null) {
            return init.getDimsCount();
        }
        if (declared.containsKey(tensor)) {
            return declared.get(tensor);
        }
        OnnxMl.NodeProto p = graph.producer(tensor);
        if (p == null || !(p.getDomain().isEmpty() || p.getDomain().equals("ai.onnx"))
                || !p.getOutput(0).equals(tensor) || p.getInputCount() == 0) {
            return -1;
        }
        String op = p.getOpType();
        if (op.equals("Gemm") || op.equals("Flatten")) {
            return 2;
        }
        if (SAME_RANK.contains(op)) {
            return rank(p.getInput(0));
        }
        if (op.equals("MatMul") && p.getInputCount() == 2) {
            return rank(p.getInput(0)) == 2 && rank(p.getInput(1)) == 2 ? 2 : -1;
        }
        if (BROADCAST.contains(op) && p.getInputCount() == 2) {
            int a = rank(p.getInput(0));
            int b = rank(p.getInput(1));
            return a < 0 || b < 0 ? -1 : Math.max(a, b);
        }
        return -1;
    }
}
