package org.inferscope.plugins.nd4j.transform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.api.Model;
import org.inferscope.engine.api.LayerChange;
import org.inferscope.engine.api.PruningScope;
import org.inferscope.engine.api.TransformSpec;

/**
 * Unstructured magnitude pruning of a network's weight matrices and filters (never biases), in place:
 * exactly {@code round(sparsity * count)} of the smallest |w| become zero, per layer or across all layers
 * at once; equal magnitudes go in row-major order, layers in network order, so the result is deterministic.
 */
final class MagnitudePruning {

    static final String NOTE = "unstructured zeros are not skipped by ND4J's dense kernels: the variant runs at the"
            + " same speed and only its compressed size shrinks; structured pruning makes layers smaller and faster";

    private MagnitudePruning() {
    }

    static void apply(Model model, TransformSpec spec, TransformNotes notes) {
        List<WeightTensor> tensors = WeightTensor.weights(model);
        List<float[]> values = new ArrayList<>();
        for (WeightTensor t : tensors) {
            values.add(t.read(model));
        }
        if (spec.scope() == PruningScope.GLOBAL) {
            zeroSmallest(values, spec.sparsity());
        } else {
            values.forEach(v -> zeroSmallest(List.of(v), spec.sparsity()));
        }
        for (int i = 0; i < tensors.size(); i++) {
            WeightTensor t = tensors.get(i);
            t.write(model, values.get(i));
            double zeros = zeroFraction(values.get(i));
            notes.changed(new LayerChange(t.layer(), t.layerType(), "pruned " + percent(zeros) + " of weights",
                    t.count(), t.count(), zeros));
        }
        notes.summary("magnitude pruning " + percent(spec.sparsity()) + " ("
                + (spec.scope() == PruningScope.GLOBAL ? "global" : "per layer") + "): " + tensors.size()
                + " weight tensor" + (tensors.size() == 1 ? "" : "s") + " pruned");
        notes.note(NOTE);
    }

    /** Zeroes the round(sparsity * n) smallest |v| across the arrays taken as one sequence. */
    static void zeroSmallest(List<float[]> arrays, double sparsity) {
        long total = arrays.stream().mapToLong(a -> a.length).sum();
        int target = (int) Math.round(sparsity * total);
        if (target == 0) {
            return;
        }
        // |v|'s bits order like |v| for non-negative floats; the position below them breaks ties
        long[] keys = new long[Math.toIntExact(total)];
        int position = 0;
        for (float[] a : arrays) {
            for (float v : a) {
                keys[position] = ((long) Float.floatToRawIntBits(Math.abs(v)) << 32) | position;
                position++;
            }
        }
        Arrays.sort(keys);
        int[] starts = new int[arrays.size()];
        for (int i = 1; i < starts.length; i++) {
            starts[i] = starts[i - 1] + arrays.get(i - 1).length;
        }
        for (int i = 0; i < target; i++) {
            int at = (int) keys[i];
            int array = arrayHolding(starts, arrays, at);
            arrays.get(array)[at - starts[array]] = 0f;
        }
    }

    private static int arrayHolding(int[] starts, List<float[]> arrays, int position) {
        for (int i = starts.length - 1; i >= 0; i--) {
            if (starts[i] <= position && arrays.get(i).length > 0) {
                return i;
            }
        }
        throw new IllegalStateException("position " + position + " is in no array");
    }

    static double zeroFraction(float[] values) {
        long zeros = 0;
        for (float v : values) {
            zeros += v == 0f ? 1 : 0;
        }
        return values.length == 0 ? 0 : zeros / (double) values.length;
    }

    static String percent(double fraction) {
        double p = fraction * 100;
        return p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f%%", p) : String.format(Locale.ROOT, "%.1f%%", p);
    }
}
