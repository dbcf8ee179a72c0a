package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites {@code MatMul(x, W) -> Add(bias)} into one {@code Gemm(x, W, bias)} when W and the bias
 * are stored constants and x is known to be 2-D, the form exporters such as Deeplearning4j's and
 * PyTorch's write for a dense layer. It computes the same values; it matters for INT8 static, where
 * ONNX Runtime turns a QDQ Gemm into one QGemm that adds the INT32 bias inside the integer kernel,
 * while a QDQ MatMul becomes QLinearMatMul followed by a DequantizeLinear and an FP32 Add over the
 * whole output.
 */
final class MatMulAddFusion {
    /** Gemm broadcasts its C input from opset 7. */
    static final int MIN_OPSET = 7;
    /** Marks a Gemm written here, so reports can still call the layer what the model called it. */
    static final String FUSED_DOC = "InferScope: MatMul + Add fused into Gemm";

    private MatMulAddFusion() {
    }

    /** The model with every fusable pair fused; each fusion is noted in {@code log}. */
    static OnnxMl.ModelProto apply(OnnxMl.ModelProto model, TransformLog log) {
        if (OpsetUpgrade.opset(model) < MIN_OPSET) {
            return model;
        }
        OnnxGraph graph = new OnnxGraph(model.getGraph());
        TensorRanks ranks = new TensorRanks(graph);
        GraphEdit edit = new GraphEdit(model.getGraph());
        List<String> fused = new ArrayList<>();
        List<String> unknownRank = new ArrayList<>();
        for (OnnxMl.NodeProto matMul : graph.proto().getNodeList()) {
            OnnxMl.NodeProto add = fusableAdd(graph, matMul);
            if (add != null && ranks.rank(matMul.getInput(0)) != 2) {
                unknownRank.add(graph.label(matMul) + " + " + graph.label(add));
                add = null;
            }
            if (add == null) {
                continue;
            }
            String bias = add.getInput(0).equals(matMul.getOutput(0)) ? add.getInput(1) : add.getInput(0);
            OnnxMl.NodeProto gemm = Nodes.node("Gemm", graph.label(matMul),
                    List.of(matMul.getInput(0), matMul.getInput(1), bias), List.of(add.getOutput(0)))
                    .toBuilder().setDocString(FUSED_DOC).build();
            edit.setMain(matMul, gemm);
            edit.replace(add, List.of());
            fused.add(graph.label(matMul) + " + " + graph.label(add));
        }
        if (!unknownRank.isEmpty()) {
            log.note("Not fused into Gemm, because their input is not known to be 2-D (" + String.join(", ", unknownRank)
                    + "): each such layer's bias is added in FP32 after its integer MatMul");
        }
        if (fused.isEmpty()) {
            return model;
        }
        log.note("Fused MatMul + Add into Gemm (" + String.join(", ", fused) + "), so that the bias is added inside"
                + " the integer kernel; the FP32 results are the same");
        return model.toBuilder().setGraph(edit.build()).build();
    }

    /** True for a Gemm that {@link #apply} wrote in place of a MatMul and an Add. */
    static boolean isFused(OnnxMl.NodeProto node) {
        return node.getOpType().equals("Gemm") && FUSED_DOC.equals(node.getDocString());
    }

    /** The Add that adds a constant bias to this MatMul's output and is its only reader, or null; rank not checked. */
    private static OnnxMl.NodeProto fusableAdd(OnnxGraph graph, OnnxMl.NodeProto node) {
        if (!isDefaultDomain(node) || !node.getOpType().equals("MatMul") || node.getInputCount() != 2) {
            return null;
        }
        OnnxMl.TensorProto w = graph.initializer(node.getInput(1));
        if (!isFloat(w) || w.getDimsCount() != 2) {
            return null;
        }
        String out = node.getOutput(0);
        List<OnnxMl.NodeProto> readers = graph.consumers(out);
        if (readers.size() != 1 || graph.isGraphOutput(out)) {
            return null;
        }
        OnnxMl.NodeProto add = readers.get(0);
        if (!isDefaultDomain(add) || !add.getOpType().equals("Add") || add.getInputCount() != 2
                || add.getInput(0).equals(add.getInput(1))) {
            return null;
        }
        String other = add.getInput(0).equals(out) ? add.getInput(1) : add.getInput(0);
        return isRowBias(graph.initializer(other), w.getDims(1)) ? add : null;
    }

    /** A FLOAT constant of shape [N] or [1, N]: one value per output column, the same for every row. */
    private static boolean isRowBias(OnnxMl.TensorProto b, long columns) {
        if (!isFloat(b)) {
            return false;
        }
        List<Long> dims = b.getDimsList();
        return (dims.size() == 1 && dims.get(0) == columns)
                || (dims.size() == 2 && dims.get(0) == 1 && dims.get(1) == columns);
    }

    private static boolean isFloat(OnnxMl.TensorProto t) {
        return t != null && t.getDataType() == OnnxMl.TensorProto.DataType.FLOAT.getNumber();
    }

    private static boolean isDefaultDomain(OnnxMl.NodeProto n) {
        return n.getDomain().isEmpty() || n.getDomain().equals("ai.onnx");
    }
}
