package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds an inference-mode {@code BatchNormalization} into the {@code Conv} before it: with
 * {@code s = scale / sqrt(var + epsilon)}, filter m becomes {@code W[m] * s[m]} and the bias
 * {@code (b[m] - mean[m]) * s[m] + B[m]}. One Conv then computes what the pair did, so structured
 * pruning can remove its filters (a BatchNormalization between two layers would otherwise stop it).
 */
final class BatchNormFolding {

    private BatchNormFolding() {
    }

    /** The model with every foldable Conv + BatchNormalization pair folded; each fold is noted in {@code log}. */
    static OnnxMl.ModelProto apply(OnnxMl.ModelProto model, TransformLog log) {
        OnnxGraph graph = new OnnxGraph(model.getGraph());
        GraphEdit edit = new GraphEdit(model.getGraph());
        List<String> folded = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (OnnxMl.NodeProto conv : graph.proto().getNodeList()) {
            OnnxMl.NodeProto bn = foldableNorm(graph, conv);
            if (bn == null) {
                continue;
            }
            OnnxMl.TensorProto w = graph.initializer(conv.getInput(1));
            long[] dims = OnnxGraph.dims(w);
            int filters = (int) dims[0];
            float[] scale = OnnxGraph.floats(graph.initializer(bn.getInput(1)));
            float[] shift = OnnxGraph.floats(graph.initializer(bn.getInput(2)));
            float[] mean = OnnxGraph.floats(graph.initializer(bn.getInput(3)));
            float[] var = OnnxGraph.floats(graph.initializer(bn.getInput(4)));
            float epsilon = Nodes.floatAttribute(bn, "epsilon", 1e-5f);
            String b = Nodes.input(conv, 2);
            float[] bias = b.isEmpty() ? new float[filters] : OnnxGraph.floats(graph.initializer(b));
            float[] values = OnnxGraph.floats(w);
            int perFilter = values.length / filters;
            for (int m = 0; m < filters; m++) {
                double s = scale[m] / Math.sqrt(var[m] + (double) epsilon);
                for (int i = m * perFilter; i < (m + 1) * perFilter; i++) {
                    values[i] = (float) (values[i] * s);
                }
                bias[m] = (float) ((bias[m] - mean[m]) * s + shift[m]);
            }
            String wName = edit.fresh(w.getName() + "_bn_folded");
            String bName = edit.fresh((b.isEmpty() ? graph.label(conv) + ".b" : b) + "_bn_folded");
            edit.addInitializer(OnnxGraph.floatTensor(wName, dims, values));
            edit.addInitializer(OnnxGraph.floatTensor(bName, new long[] {filters}, bias));
            OnnxMl.NodeProto.Builder folds = conv.toBuilder().clearInput().addInput(conv.getInput(0)).addInput(wName)
                    .addInput(bName).setOutput(0, bn.getOutput(0));
            edit.setMain(conv, folds.build());
            edit.replace(bn, List.of());
            folded.add(graph.label(conv) + " + " + graph.label(bn));
            gone.add(conv.getOutput(0));
        }
        if (folded.isEmpty()) {
            return model;
        }
        log.note("Folded BatchNormalization into the Conv before it (" + String.join(", ", folded) + "), so that"
                + " its filters can be pruned; the FP32 results are the same up to rounding");
        OnnxMl.GraphProto built = edit.build();
        // the Conv outputs that no longer exist lose their declared shapes
        OnnxMl.GraphProto.Builder g = built.toBuilder().clearValueInfo();
        built.getValueInfoList().stream().filter(v -> !gone.contains(v.getName())).forEach(g::addValueInfo);
        return model.toBuilder().setGraph(g).build();
    }

    /** The BatchNormalization that is the only reader of this Conv's output and holds constants, or null. */
    private static OnnxMl.NodeProto foldableNorm(OnnxGraph graph, OnnxMl.NodeProto conv) {
        if (!isDefaultDomain(conv) || !conv.getOpType().equals("Conv") || conv.getInputCount() < 2) {
            return null;
        }
        OnnxMl.TensorProto w = graph.initializer(conv.getInput(1));
        String b = Nodes.input(conv, 2);
        if (!isFloat(w) || w.getDimsCount() < 3 || (!b.isEmpty() && !isFloat(graph.initializer(b)))) {
            return null;
        }
        String out = conv.getOutput(0);
        List<OnnxMl.NodeProto> readers = graph.consumers(out);
        if (readers.size() != 1 || graph.isGraphOutput(out)) {
            return null;
        }
        OnnxMl.NodeProto bn = readers.get(0);
        if (!isDefaultDomain(bn) || !bn.getOpType().equals("BatchNormalization") || bn.getInputCount() != 5
                || !bn.getInput(0).equals(out) || Nodes.intAttribute(bn, "training_mode", 0) != 0
                || bn.getOutputList().stream().skip(1).anyMatch(o -> !o.isEmpty())) {
            return null;
        }
        for (int i = 1; i < 5; i++) {
            OnnxMl.TensorProto p = graph.initializer(bn.getInput(i));
            if (!isFloat(p) || OnnxGraph.elementCount(p) != w.getDims(0)) {
                return null;
            }
        }
        return bn;
    }

    private static boolean isFloat(OnnxMl.TensorProto t) {
        return t != null && t.getDataType() == OnnxMl.TensorProto.DataType.FLOAT.getNumber();
    }

    private static boolean isDefaultDomain(OnnxMl.NodeProto n) {
        return n.getDomain().isEmpty() || n.getDomain().equals("ai.onnx");
    }
}
