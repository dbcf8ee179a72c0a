package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Raises a model's default-domain opset import when the operators a rewrite inserts need a newer
 * one (DynamicQuantizeLinear 11, QuantizeLinear 10, per-axis QuantizeLinear 13), but only when no
 * operator already in the graph changed meaning or attributes between the two versions.
 */
final class OpsetUpgrade {
    /** Operators whose inputs, attributes or meaning changed at that opset. */
    private static final Map<String, Integer> BREAKS_AT = Map.ofEntries(
            Map.entry("Upsample", 10), Map.entry("Slice", 10), Map.entry("TopK", 10),
            Map.entry("Dropout", 12), Map.entry("Resize", 11), Map.entry("Pad", 11), Map.entry("Clip", 11),
            Map.entry("Scatter", 11), Map.entry("Split", 13), Map.entry("Squeeze", 13),
            Map.entry("Unsqueeze", 13), Map.entry("ReduceSum", 13), Map.entry("Softmax", 13),
            Map.entry("LogSoftmax", 13), Map.entry("Hardmax", 13), Map.entry("If", 1), Map.entry("Loop", 1),
            Map.entry("Scan", 1));

    /** QuantizeLinear / DequantizeLinear exist from opset 10; their per-axis form from 13. */
    static final int QDQ = 10;
    static final int PER_AXIS = 13;

    private OpsetUpgrade() {
    }

    /**
     * The opset a QDQ rewrite should raise the model to: 13 for per-channel when the graph allows it
     * (else 10, per tensor, with a note), 10 for per-tensor; -1 when not even 10 is possible.
     */
    static int qdqOpset(OnnxMl.ModelProto model, boolean perChannel, TransformLog log) {
        if (perChannel) {
            String obstacle = obstacle(model, PER_AXIS);
            if (obstacle == null) {
                return (int) Math.max(PER_AXIS, opset(model));
            }
            log.note("Per-channel INT8 needs opset 13, but " + obstacle + ": weights quantized per tensor instead");
        }
        return obstacle(model, QDQ) == null ? (int) Math.max(QDQ, opset(model)) : -1;
    }

    /** The model's default-domain opset (1 when it names none). */
    static long opset(OnnxMl.ModelProto model) {
        return model.getOpsetImportList().stream().filter(o -> o.getDomain().isEmpty() || o.getDomain().equals("ai.onnx"))
                .mapToLong(OnnxMl.OperatorSetIdProto::getVersion).findFirst().orElse(1);
    }

    /** Why the model cannot be raised to {@code target}, or null when it can (or already is). */
    static String obstacle(OnnxMl.ModelProto model, int target) {
        long current = opset(model);
        if (current >= target) {
            return null;
        }
        OnnxGraph graph = new OnnxGraph(model.getGraph());
        for (OnnxMl.NodeProto n : model.getGraph().getNodeList()) {
            if (!n.getDomain().isEmpty() && !n.getDomain().equals("ai.onnx")) {
                continue;
            }
            Integer breaksAt = BREAKS_AT.get(n.getOpType());
            if (breaksAt != null && breaksAt > current && breaksAt <= target && !softmaxOnLastAxis(graph, n)) {
                return "the model is at opset " + current + " and its " + n.getOpType() + " changed meaning by opset "
                        + target;
            }
        }
        return null;
    }

    /** The model at opset {@code target} or newer; call only when {@link #obstacle} is null. */
    static OnnxMl.ModelProto raise(OnnxMl.ModelProto model, int target) {
        if (opset(model) >= target) {
            return model;
        }
        OnnxMl.ModelProto.Builder b = model.toBuilder().clearOpsetImport();
        for (OnnxMl.OperatorSetIdProto o : model.getOpsetImportList()) {
            boolean onnx = o.getDomain().isEmpty() || o.getDomain().equals("ai.onnx");
            b.addOpsetImport(onnx ? o.toBuilder().setVersion(target).build() : o);
        }
        if (model.getOpsetImportList().stream().noneMatch(o -> o.getDomain().isEmpty() || o.getDomain().equals("ai.onnx"))) {
            b.addOpsetImport(OnnxMl.OperatorSetIdProto.newBuilder().setDomain("").setVersion(target));
        }
        // IR 3 requires every initializer to be a graph input; the added ones are not, so say IR 4 at least
        return b.setIrVersion(Math.max(model.getIrVersion(), 4)).build();
    }

    /**
     * Before opset 13 (Log)Softmax flattened the input to 2-D at {@code axis}; from 13 it works along
     * {@code axis} alone. The two agree when {@code axis} is the last dimension, known here from the
     * declared shape of the output.
     */
    private static boolean softmaxOnLastAxis(OnnxGraph graph, OnnxMl.NodeProto n) {
        if (!Set.of("Softmax", "LogSoftmax", "Hardmax").contains(n.getOpType())) {
            return false;
        }
        long axis = Nodes.intAttribute(n, "axis", 1);
        int rank = declaredRank(graph.proto(), n.getOutput(0));
        return axis == -1 || (rank > 0 && axis == rank - 1);
    }

    private static int declaredRank(OnnxMl.GraphProto g, String tensor) {
        for (OnnxMl.ValueInfoProto v : concat(g)) {
            if (v.getName().equals(tensor) && v.getType().getTensorType().hasShape()) {
                return v.getType().getTensorType().getShape().getDimCount();
            }
        }
        return -1;
    }

    private static List<OnnxMl.ValueInfoProto> concat(OnnxMl.GraphProto g) {
        List<OnnxMl.ValueInfoProto> all = new ArrayList<>(g.getOutputList());
        all.addAll(g.getValueInfoList());
        return all;
    }
}
