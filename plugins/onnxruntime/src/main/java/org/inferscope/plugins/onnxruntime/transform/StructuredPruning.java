package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.inferscope.engine.api.LayerChange;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.spi.CalibrationData;

/**
 * Structured pruning: removes whole hidden units of MLP layers and whole filters of Conv layers
 * (see {@link UnitChains} for the patterns), so the matrices shrink and the layers run faster. Each
 * chain keeps {@code max(1, round((1 - sparsity) * units))} units: those with the largest product of
 * the L2 norm of their incoming weights and the L2 norm of their outgoing weights (a unit with strong
 * inputs but near-zero outgoing weights contributes little; for ReLU the product is invariant to
 * rescaling a unit's weights in and out). Ties go to the earlier unit; kept units keep their order.
 * The layers that feed a graph output are never pruned.
 */
public final class StructuredPruning implements GraphRewrite {

    static final String NOTE = "structured pruning removes whole units, so the layers shrink and run faster;"
            + " accuracy can drop more than with unstructured pruning: evaluate the variant";

    public StructuredPruning() {
        // stateless
    }

    @Override
    public OnnxMl.ModelProto apply(OnnxMl.ModelProto model, TransformSpec spec, CalibrationData calibration,
                                   TransformLog log) {
        model = BatchNormFolding.apply(model, log);
        OnnxGraph graph = new OnnxGraph(model.getGraph());
        List<UnitChain> chains = UnitChains.find(graph, WeightLayers.find(graph, log), log);
        Pass pass = new Pass(graph);
        List<Kept> kept = new ArrayList<>();
        for (UnitChain chain : chains) {
            kept.add(pass.prune(chain, spec.sparsity()));
        }
        for (Kept k : kept) {
            log.changed(pass.change(k));
        }
        log.summary(summary(spec, kept));
        log.note(NOTE);
        return model.toBuilder().setGraph(pass.rewrittenGraph()).build();
    }

    /** How many units a layer keeps: never none. */
    static int keepCount(long units, double sparsity) {
        return (int) Math.max(1, Math.round((1 - sparsity) * units));
    }

    /** The indices of the {@code count} largest scores, ascending; ties go to the lower index. */
    static int[] strongest(double[] scores, int count) {
        return IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i))
                .limit(count).mapToInt(Integer::intValue).sorted().toArray();
    }

    private record Kept(UnitChain chain, int kept, long units) {
    }

    /** One run over a graph: the weights as they are being cut, then written back at once. */
    private static final class Pass {
        private final OnnxGraph graph;
        private final Map<String, TensorSlices.Values> weights = new HashMap<>();
        private final Map<String, long[]> shapes = new HashMap<>();
        private final Set<String> resized = new HashSet<>();

        Pass(OnnxGraph graph) {
            this.graph = graph;
        }

        private TensorSlices.Values current(String name) {
            return weights.computeIfAbsent(name, n -> TensorSlices.Values.of(graph.initializer(n)));
        }

        Kept prune(UnitChain c, double sparsity) {
            TensorSlices.Values in = current(c.producer().weight());
            TensorSlices.Values out = current(c.consumer().weight());
            long units = in.dims()[c.outAxis()];
            int block = (int) (out.dims()[c.inAxis()] / units);
            double[] incoming = TensorSlices.sumOfSquares(in, c.outAxis(), 1);
            double[] outgoing = TensorSlices.sumOfSquares(out, c.inAxis(), block);
            double[] scores = new double[incoming.length];
            for (int u = 0; u < scores.length; u++) {
                scores[u] = Math.sqrt(incoming[u]) * Math.sqrt(outgoing[u]);
            }
            int[] keep = strongest(scores, keepCount(units, sparsity));
            weights.put(c.producer().weight(), TensorSlices.keep(in, c.outAxis(), keep, 1));
            for (UnitChain.Cut cut : c.perUnit()) {
                weights.put(cut.tensor(), TensorSlices.keep(current(cut.tensor()), cut.axis(), keep, 1));
            }
            weights.put(c.consumer().weight(), TensorSlices.keep(out, c.inAxis(), keep, block));
            if (c.reshape() != null) {
                long[] shape = ConstantShapes.read(graph, c.reshape()).clone();
                shape[1] = (long) keep.length * block;
                shapes.put(c.reshape(), shape);
            }
            resized.addAll(c.tensors());
            return new Kept(c, keep.length, units);
        }

        LayerChange change(Kept k) {
            WeightLayers.Layer layer = k.chain().producer();
            TensorSlices.Values now = weights.get(layer.weight());
            String what = layer.op().equals("Conv") ? " filters" : " units";
            return new LayerChange(layer.label(), layer.op(), "kept " + k.kept() + " of " + k.units() + what,
                    OnnxGraph.elementCount(graph.initializer(layer.weight())), now.values().length,
                    MagnitudePruning.zeroFraction(now.values()));
        }

        OnnxMl.GraphProto rewrittenGraph() {
            OnnxMl.GraphProto.Builder b = graph.proto().toBuilder();
            for (int i = 0; i < b.getInitializerCount(); i++) {
                String name = b.getInitializer(i).getName();
                TensorSlices.Values v = weights.get(name);
                if (v != null) {
                    b.setInitializer(i, v.toTensor(name));
                }
            }
            shapes.forEach((name, values) -> ConstantShapes.write(b, name, values));
            resizeDeclaredInputs(b);
            List<OnnxMl.ValueInfoProto> kept = b.getValueInfoList().stream()
                    .filter(v -> !resized.contains(v.getName())).toList();
            return b.clearValueInfo().addAllValueInfo(kept).build();
        }

        /** Older files also list initializers as graph inputs, with their shapes: those must follow. */
        private void resizeDeclaredInputs(OnnxMl.GraphProto.Builder b) {
            for (int i = 0; i < b.getInputCount(); i++) {
                OnnxMl.ValueInfoProto input = b.getInput(i);
                TensorSlices.Values v = weights.get(input.getName());
                if (v != null && input.getType().hasTensorType()) {
                    OnnxMl.TensorShapeProto.Builder shape = OnnxMl.TensorShapeProto.newBuilder();
                    Arrays.stream(v.dims()).forEach(d -> shape.addDim(
                            OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimValue(d)));
                    OnnxMl.ValueInfoProto.Builder ib = input.toBuilder();
                    ib.getTypeBuilder().getTensorTypeBuilder().setShape(shape);
                    b.setInput(i, ib);
                }
            }
        }
    }

    private static String summary(TransformSpec spec, List<Kept> kept) {
        long before = kept.stream().mapToLong(Kept::units).sum();
        long after = kept.stream().mapToLong(Kept::kept).sum();
        return String.format("structured pruning %.0f%%: %d layer%s shrunk, %d of %d units kept",
                spec.sparsity() * 100, kept.size(), kept.size() == 1 ? "" : "s", after, before);
    }
}
