package org.inferscope.plugins.nd4j.transform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.inferscope.engine.api.LayerChange;
import org.inferscope.engine.api.TransformSpec;

/**
 * Structured pruning of a {@link MultiLayerNetwork}: each hidden {@link DenseLayer} that feeds another dense
 * or output layer directly keeps {@code max(1, round((1 - sparsity) * units))} of its units, those with the
 * largest product of the L2 norms of their incoming and outgoing weights (ties to the earlier unit, kept
 * units in order). The network is then rebuilt with the smaller layers, so it computes less and runs faster.
 * The output layer's units (the classes) are never removed.
 */
final class StructuredPruning {

    static final String NOTE = "structured pruning removes whole units and rebuilds smaller dense layers, so the"
            + " network computes less and runs faster; accuracy can drop more than with magnitude pruning, and"
            + " no fine-tuning is done: evaluate the variant";

    private StructuredPruning() {
    }

    /** A smaller copy of {@code network}; the original is not changed. */
    static MultiLayerNetwork apply(MultiLayerNetwork network, TransformSpec spec, TransformNotes notes) {
        DenseStack stack = DenseStack.of(network);
        MultiLayerConfiguration conf = MultiLayerConfiguration.fromJson(
                network.getLayerWiseConfigurations().toJson());
        List<int[]> kept = new ArrayList<>();
        long unitsBefore = 0;
        long unitsAfter = 0;
        int shrunk = 0;
        long[] original = new long[network.getnLayers()];
        for (int i = 0; i + 1 < original.length; i++) {
            original[i] = whyNotPrunable(conf, i) == null ? stack.weightCount(i) : 0;
        }
        for (int i = 0; i + 1 < network.getnLayers(); i++) {
            Layer layer = conf.getConf(i).getLayer();
            String reason = whyNotPrunable(conf, i);
            if (reason != null) {
                notes.skipped("layer " + i, layer.getClass().getSimpleName(), reason);
                continue;
            }
            int units = stack.units(i);
            int[] keep = strongest(stack.unitScores(i), keepCount(units, spec.sparsity()));
            stack.keepUnits(i, keep);
            ((FeedForwardLayer) layer).setNOut(keep.length);
            ((FeedForwardLayer) conf.getConf(i + 1).getLayer()).setNIn(keep.length);
            kept.add(keep);
            unitsBefore += units;
            unitsAfter += keep.length;
            shrunk++;
            notes.changed(new LayerChange("layer " + i, layer.getClass().getSimpleName(),
                    "kept " + keep.length + " of " + units + " units", original[i], stack.weightCount(i),
                    MagnitudePruning.zeroFraction(stack.weights(i))));
        }
        MultiLayerNetwork smaller = new MultiLayerNetwork(conf);
        smaller.init();
        stack.writeInto(smaller);
        notes.summary(String.format(Locale.ROOT, "structured pruning %s: %d dense layer%s shrunk, %d of %d units kept",
                MagnitudePruning.percent(spec.sparsity()), shrunk, shrunk == 1 ? "" : "s", unitsAfter, unitsBefore));
        notes.note(NOTE);
        return smaller;
    }

    /** Null when hidden layer {@code i}'s units can be removed; else the reason, for the report. */
    static String whyNotPrunable(MultiLayerConfiguration conf, int i) {
        Layer layer = conf.getConf(i).getLayer();
        Layer next = conf.getConf(i + 1).getLayer();
        if (layer.getClass() != DenseLayer.class) {
            return "only DenseLayers are pruned by units here";
        }
        if (((DenseLayer) layer).hasLayerNorm()) {
            return "its layer normalisation is not pruned here";
        }
        if (next.getClass() != DenseLayer.class && next.getClass() != OutputLayer.class) {
            return "the layer after it (" + next.getClass().getSimpleName() + ") is not a DenseLayer or OutputLayer";
        }
        if (conf.getInputPreProcess(i + 1) != null) {
            return "an input preprocessor stands between it and the next layer";
        }
        return null;
    }

    static int keepCount(long units, double sparsity) {
        return (int) Math.max(1, Math.round((1 - sparsity) * units));
    }

    /** The indices of the {@code count} largest scores, ascending; ties go to the lower index. */
    static int[] strongest(double[] scores, int count) {
        return IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i))
                .limit(count).mapToInt(Integer::intValue).sorted().toArray();
    }
}
