package org.inferscope.plugins.onnxruntime.transform;

import java.util.List;

/**
 * A layer whose output units (hidden units or Conv filters) can be removed, and everything that
 * must shrink with them: its weight along {@code outAxis}, its bias, the per-unit constants on the
 * way (elementwise Add/Mul), and the next layer's weight along {@code inAxis}, where a flattened
 * channel is a run of features.
 *
 * @param producer the layer that loses output units
 * @param outAxis the producer weight's axis of output units
 * @param perUnit the producer's bias and the per-unit constants on the way, each with its unit axis
 * @param consumer the next layer, which loses the matching inputs
 * @param inAxis the consumer weight's axis of input units
 * @param reshape the Reshape shape tensor to rewrite when the units pass a Reshape with an explicit
 *                feature count, or null
 * @param tensors the tensors whose shape changes (stale value_info for them is dropped)
 */
record UnitChain(WeightLayers.Layer producer, int outAxis, List<Cut> perUnit, WeightLayers.Layer consumer,
                 int inAxis, String reshape, List<String> tensors) {

    /** An initializer cut along one axis. */
    record Cut(String tensor, int axis) {
    }

    UnitChain {
        perUnit = List.copyOf(perUnit);
        tensors = List.copyOf(tensors);
    }
}
