package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inferscope.engine.api.LayerChange;
import org.inferscope.engine.api.PruningScope;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.spi.CalibrationData;

/**
 * Unstructured magnitude pruning: sets the smallest weights (by |w|) of MatMul/Gemm matrices and
 * Conv filters to zero, either the target fraction of each layer or of all layers at once. Biases,
 * 1-D tensors and initializers used as anything but a weight are never touched. Exactly
 * {@code round(sparsity * count)} weights are chosen; among equal magnitudes the earlier element
 * (in row-major order, layers in graph order) goes first, so the result is deterministic.
 */
public final class MagnitudePruning implements GraphRewrite {
    /** A layer this sparse after global ranking is probably ruined, and the user is told why. */
    static final double GLOBAL_WARNING = 0.9;

    static final String DENSE_KERNELS_NOTE = "unstructured zeros are not skipped by ONNX Runtime's dense kernels:"
            + " the file compresses better, the speed stays the same";

    public MagnitudePruning() {
        // stateless
    }

    @Override
    public OnnxMl.ModelProto apply(OnnxMl.ModelProto model, TransformSpec spec, CalibrationData calibration,
                                   TransformLog log) {
        OnnxGraph graph = new OnnxGraph(model.getGraph());
        Map<String, WeightLayers.Layer> byWeight = new LinkedHashMap<>();
        for (WeightLayers.Layer layer : WeightLayers.find(graph, log)) {
            byWeight.putIfAbsent(layer.weight(), layer);
        }
        Map<String, float[]> values = new LinkedHashMap<>();
        for (String name : byWeight.keySet()) {
            values.put(name, OnnxGraph.floats(graph.initializer(name)));
        }
        if (spec.scope() == PruningScope.GLOBAL) {
            zeroSmallest(new ArrayList<>(values.values()), spec.sparsity());
        } else {
            values.values().forEach(v -> zeroSmallest(List.of(v), spec.sparsity()));
        }
        for (Map.Entry<String, float[]> e : values.entrySet()) {
            LayerChange change = change(byWeight.get(e.getKey()), e.getValue());
            log.changed(change);
            if (spec.scope() == PruningScope.GLOBAL && change.sparsity() >= GLOBAL_WARNING) {
                log.note(String.format(java.util.Locale.ROOT, "global ranking left %s with %.0f%% zeros: its weights"
                        + " are on a smaller scale than the others' (input scaling folded in, say); per-layer pruning"
                        + " avoids emptying a layer", change.node(), 100 * change.sparsity()));
            }
        }
        log.summary(summary(spec, values.size()));
        log.note(DENSE_KERNELS_NOTE);
        return model.toBuilder().setGraph(replaceWeights(graph, values)).build();
    }

    /**
     * Zeroes the {@code round(sparsity * n)} smallest-magnitude values across the arrays taken as one
     * sequence. A key packs |w|'s bits (monotonic for non-negative floats) above the position, so one
     * primitive sort ranks by magnitude and breaks ties by position.
     */
    static void zeroSmallest(List<float[]> arrays, double sparsity) {
        long total = arrays.stream().mapToLong(a -> a.length).sum();
        int target = (int) Math.round(sparsity * total);
        if (target == 0) {
            return;
        }
        long[] keys = new long[Math.toIntExact(total)];
        int position = 0;
        for (float[] a : arrays) {
            for (float v : a) {
                keys[position] = ((long) Float.floatToRawIntBits(Math.abs(v)) << 32) | position;
                position++;
            }
        }
        Arrays.sort(keys);
        int[] offsets = offsets(arrays);
        for (int i = 0; i < target; i++) {
            int at = (int) keys[i];
            int array = arrayHolding(offsets, at);
            arrays.get(array)[at - offsets[array]] = 0f;
        }
    }

    private static int[] offsets(List<float[]> arrays) {
        int[] offsets = new int[arrays.size()];
        for (int i = 1; i < offsets.length; i++) {
            offsets[i] = offsets[i - 1] + arrays.get(i - 1).length;
        }
        return offsets;
    }

    private static int arrayHolding(int[] offsets, int position) {
        int found = Arrays.binarySearch(offsets, position);
        if (found >= 0) {
            while (found + 1 < offsets.length && offsets[found + 1] == position) {
                found++; // skip empty arrays that share the offset
            }
            return found;
        }
        return -found - 2;
    }

    private static LayerChange change(WeightLayers.Layer layer, float[] values) {
        double sparsity = zeroFraction(values);
        String change = "pruned " + percent(sparsity) + " of weights";
        return new LayerChange(layer.label(), layer.op(), change, values.length, values.length, sparsity);
    }

    static double zeroFraction(float[] values) {
        long zeros = 0;
        for (float v : values) {
            zeros += v == 0f ? 1 : 0;
        }
        return values.length == 0 ? 0 : zeros / (double) values.length;
    }

    private static String percent(double fraction) {
        double p = fraction * 100;
        return p == Math.rint(p) ? String.format("%.0f%%", p) : String.format("%.1f%%", p);
    }

    private static String summary(TransformSpec spec, int layers) {
        String scope = spec.scope() == PruningScope.GLOBAL ? "global" : "per layer";
        return "magnitude pruning " + percent(spec.sparsity()) + " (" + scope + "): " + layers + " weight tensor"
                + (layers == 1 ? "" : "s") + " pruned";
    }

    private static OnnxMl.GraphProto replaceWeights(OnnxGraph graph, Map<String, float[]> values) {
        OnnxMl.GraphProto.Builder b = graph.proto().toBuilder();
        for (int i = 0; i < b.getInitializerCount(); i++) {
            OnnxMl.TensorProto t = b.getInitializer(i);
            float[] v = values.get(t.getName());
            if (v != null) {
                b.setInitializer(i, OnnxGraph.floatTensor(t.getName(), OnnxGraph.dims(t), v));
            }
        }
        return b.build();
    }
}
