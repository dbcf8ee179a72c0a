package org.inferscope.plugins.onnxruntime.transform;

import static org.inferscope.plugins.onnxruntime.transform.PruningModels.mlp;
import static org.inferscope.plugins.onnxruntime.transform.PruningModels.read;
import static org.inferscope.plugins.onnxruntime.transform.PruningModels.weights;
import static org.inferscope.plugins.onnxruntime.transform.PruningModels.write;
import static org.inferscope.plugins.onnxruntime.transform.PruningModels.zeros;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnx.proto.OnnxMl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.LayerChange;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.PruningScope;
import org.inferscope.engine.api.TransformReport;
import org.inferscope.engine.api.TransformSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MagnitudePruningTest {

    private static final List<String> WEIGHTS = List.of("w0", "w1", "w2");

    @TempDir
    Path dir;

    static OnnxTransformer transformer() {
        return new OnnxTransformer(PruningModels.ort(), new MagnitudePruning(), new StructuredPruning(),
                (m, s, c, l) -> m);
    }

    static TransformSpec spec(double sparsity, boolean structured, PruningScope scope) {
        return new TransformSpec(Precision.FP32, false, null, 99.99, 300, sparsity, structured, scope);
    }

    @Test
    void perLayerPruningZeroesExactlyTheTargetInEveryLayerAndNoBias() throws Exception {
        OnnxMl.ModelProto original = mlp(1, 784, 64, 32, 10);
        Path target = dir.resolve("pruned.onnx");
        TransformReport report = transformer().transform(write(dir.resolve("mlp.onnx"), original),
                spec(0.5, false, PruningScope.PER_LAYER), null, target);
        OnnxMl.ModelProto pruned = read(target);
        for (String w : WEIGHTS) {
            float[] v = weights(pruned, w);
            assertEquals(Math.round(0.5 * v.length), zeros(v), w);
        }
        for (String b : List.of("b0", "b1", "b2")) {
            assertArrayEquals(weights(original, b), weights(pruned, b), b);
        }
        assertEquals(3, report.changed().size());
        LayerChange first = report.changed().get(0);
        assertEquals("pruned 50% of weights", first.change());
        assertEquals(784 * 64, first.weightsBefore());
        assertEquals(first.weightsBefore(), first.weightsAfter());
        assertEquals(0.5, first.sparsity(), 1e-9);
        assertTrue(report.notes().contains(MagnitudePruning.DENSE_KERNELS_NOTE));
        assertEquals(0.5, report.weightSparsity(), 1e-3);
    }

    @Test
    void globalPruningRanksAllWeightsTogetherWithOneThreshold() throws Exception {
        OnnxMl.ModelProto original = mlp(2, 50, 40, 30, 10);
        Path target = dir.resolve("global.onnx");
        transformer().transform(write(dir.resolve("mlp.onnx"), original), spec(0.7, false, PruningScope.GLOBAL),
                null, target);
        OnnxMl.ModelProto pruned = read(target);
        long total = 0;
        long zeros = 0;
        float largestRemoved = 0;
        float smallestKept = Float.MAX_VALUE;
        for (String w : WEIGHTS) {
            float[] before = weights(original, w);
            float[] after = weights(pruned, w);
            total += after.length;
            zeros += zeros(after);
            for (int i = 0; i < after.length; i++) {
                if (after[i] == 0f) {
                    largestRemoved = Math.max(largestRemoved, Math.abs(before[i]));
                } else {
                    assertEquals(before[i], after[i]);
                    smallestKept = Math.min(smallestKept, Math.abs(before[i]));
                }
            }
        }
        assertEquals(Math.round(0.7 * total), zeros);
        assertTrue(largestRemoved <= smallestKept, largestRemoved + " > " + smallestKept);
    }

    @Test
    void prunedOutputsEqualAHandZeroedReferenceExactly() throws Exception {
        OnnxMl.ModelProto original = mlp(3, 20, 16, 8, 4);
        Path target = dir.resolve("pruned.onnx");
        transformer().transform(write(dir.resolve("mlp.onnx"), original), spec(0.3, false, PruningScope.PER_LAYER),
                null, target);
        OnnxMl.ModelProto.Builder reference = original.toBuilder();
        OnnxMl.GraphProto.Builder graph = reference.getGraphBuilder();
        for (int i = 0; i < graph.getInitializerCount(); i++) {
            OnnxMl.TensorProto t = graph.getInitializer(i);
            if (WEIGHTS.contains(t.getName())) {
                graph.setInitializer(i, OnnxGraph.floatTensor(t.getName(), OnnxGraph.dims(t),
                        zeroSmallestByHand(OnnxGraph.floats(t), 0.3)));
            }
        }
        float[] input = PruningModels.randomInput(9, 5 * 20);
        float[] expected = PruningModels.run(reference.build().toByteArray(), input, 5, 20);
        float[] actual = PruningModels.run(Files.readAllBytes(target), input, 5, 20);
        assertArrayEquals(expected, actual);
        assertFalse(Arrays.equals(expected, PruningModels.run(original.toByteArray(), input, 5, 20)));
    }

    private static float[] zeroSmallestByHand(float[] values, double sparsity) {
        float[] sorted = values.clone();
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = Math.abs(sorted[i]);
        }
        Arrays.sort(sorted);
        float threshold = sorted[(int) Math.round(sparsity * values.length) - 1];
        float[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.abs(out[i]) <= threshold ? 0f : out[i];
        }
        return out;
    }

    @Test
    void sparsityZeroLeavesEveryWeightIdentical() {
        OnnxMl.ModelProto original = mlp(4, 10, 8, 3);
        TransformLog log = new TransformLog();
        OnnxMl.ModelProto same = new MagnitudePruning().apply(original, spec(0, false, PruningScope.GLOBAL), null, log);
        for (String w : List.of("w0", "w1", "b0", "b1")) {
            assertArrayEquals(weights(original, w), weights(same, w), w);
        }
        assertTrue(log.changedLayers().stream().allMatch(c -> c.sparsity() == 0));
    }

    @Test
    void tiesAreBrokenByPositionSoTheCountIsExact() {
        OnnxMl.TensorProto w = OnnxGraph.floatTensor("w", new long[] {2, 4}, new float[] {1, -1, 1, 1, 2, -1, 1, 3});
        OnnxMl.GraphProto.Builder g = OnnxMl.GraphProto.newBuilder().addInput(PruningModels.value("x", 2))
                .addOutput(PruningModels.value("y", 4)).addInitializer(w)
                .addNode(PruningModels.node("MatMul", "y", "x", "w"));
        OnnxMl.ModelProto pruned = new MagnitudePruning().apply(PruningModels.model(g),
                spec(0.5, false, PruningScope.PER_LAYER), null, new TransformLog());
        assertArrayEquals(new float[] {0, 0, 0, 0, 2, -1, 1, 3}, weights(pruned, "w"));
    }

    @Test
    void weightsThatAreNotConstantsAndOnnxMlOperatorsAreSkippedWithReasons() {
        OnnxMl.NodeProto classifier = PruningModels.node("LinearClassifier", "label", "x").toBuilder()
                .setDomain("ai.onnx.ml").build();
        OnnxMl.GraphProto.Builder g = OnnxMl.GraphProto.newBuilder().addInput(PruningModels.value("x", 3))
                .addInput(PruningModels.value("w", 3)).addOutput(PruningModels.value("y", 3))
                .addNode(PruningModels.node("Gemm", "y", "x", "w")).addNode(classifier);
        TransformLog log = new TransformLog();
        new MagnitudePruning().apply(PruningModels.model(g), spec(0.5, false, PruningScope.PER_LAYER), null, log);
        assertEquals(List.of("Gemm: weight is a graph input, not a constant",
                "LinearClassifier: ONNX-ML operator with weights in attributes"),
                log.skippedLayers().stream().map(s -> s.reason()).toList());
        assertTrue(log.changedLayers().isEmpty());
    }

    @Test
    void aTargetThatCannotBeWrittenLeavesNoFile() throws Exception {
        Path source = write(dir.resolve("mlp.onnx"), mlp(5, 10, 8, 3));
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path target = blocker.resolve("sub").resolve("pruned.onnx");
        assertThrows(BadInputException.class, () -> transformer().transform(source,
                spec(0.5, false, PruningScope.PER_LAYER), null, target));
        assertFalse(Files.exists(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count());
        }
    }

    @Test
    void aVariantThatDoesNotLoadLeavesNoFile() throws Exception {
        Path source = write(dir.resolve("mlp.onnx"), mlp(6, 10, 8, 3));
        Path target = dir.resolve("broken.onnx");
        OnnxTransformer breaking = new OnnxTransformer(PruningModels.ort(), new MagnitudePruning(),
                new StructuredPruning(), (m, s, c, l) -> m.toBuilder().setGraph(
                        m.getGraph().toBuilder().removeInitializer(0)).build());
        TransformSpec int8 = new TransformSpec(Precision.INT8_DYNAMIC, false, null, 99.99, 300, 0.5, false,
                PruningScope.PER_LAYER);
        assertThrows(BadInputException.class, () -> breaking.transform(source, int8, null, target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(source), files.toList());
        }
    }
}
