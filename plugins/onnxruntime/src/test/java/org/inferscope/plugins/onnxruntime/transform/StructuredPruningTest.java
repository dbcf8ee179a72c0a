package org.inferscope.plugins.onnxruntime.transform;

import static org.inferscope.plugins.onnxruntime.transform.MagnitudePruningTest.spec;
import static org.inferscope.plugins.onnxruntime.transform.MagnitudePruningTest.transformer;
import static org.inferscope.plugins.onnxruntime.transform.PruningModels.dims;
import static org.inferscope.plugins.onnxruntime.transform.PruningModels.read;
import static org.inferscope.plugins.onnxruntime.transform.PruningModels.run;
import static org.inferscope.plugins.onnxruntime.transform.PruningModels.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnx.proto.OnnxMl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inferscope.engine.api.LayerChange;
import org.inferscope.engine.api.PruningScope;
import org.inferscope.engine.api.SkippedLayer;
import org.inferscope.engine.api.TransformReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StructuredPruningTest {

    @TempDir
    Path dir;

    private TransformReport prune(OnnxMl.ModelProto model, double sparsity, Path target) throws Exception {
        return transformer().transform(write(dir.resolve("source.onnx"), model),
                spec(sparsity, true, PruningScope.PER_LAYER), null, target);
    }

    @Test
    void halfTheUnitsOfA784x1024x512x10MlpLeaves512And256() throws Exception {
        Path target = dir.resolve("pruned.onnx");
        TransformReport report = prune(PruningModels.mlp(1, 784, 1024, 512, 10), 0.5, target);
        OnnxMl.ModelProto pruned = read(target);
        assertArrayEquals(new long[] {784, 512}, dims(pruned, "w0"));
        assertArrayEquals(new long[] {512}, dims(pruned, "b0"));
        assertArrayEquals(new long[] {512, 256}, dims(pruned, "w1"));
        assertArrayEquals(new long[] {256}, dims(pruned, "b1"));
        assertArrayEquals(new long[] {256, 10}, dims(pruned, "w2"));
        assertArrayEquals(new long[] {10}, dims(pruned, "b2"));
        assertTrue(pruned.getGraph().getValueInfoList().isEmpty(), "stale value_info for resized tensors");
        assertEquals(List.of("kept 512 of 1024 units", "kept 256 of 512 units"),
                report.changed().stream().map(LayerChange::change).toList());
        assertEquals(784L * 1024, report.changed().get(0).weightsBefore());
        assertEquals(784L * 512, report.changed().get(0).weightsAfter());
        assertEquals(512L * 256, report.changed().get(1).weightsAfter());
        SkippedLayer last = report.skipped().get(0);
        assertEquals("MatMul 'mm2_node': output feeds the graph output, never pruned", last.reason());
        assertEquals(3 * 10, run(Files.readAllBytes(target), PruningModels.randomInput(1, 3 * 784), 3, 784).length);
    }

    @Test
    void unitsWithNoOutgoingWeightsGoFirstAndTheOutputsStayTheSame() throws Exception {
        OnnxMl.ModelProto original = PruningModels.mlp(2, 8, 6, 3);
        OnnxMl.GraphProto.Builder g = original.getGraph().toBuilder();
        float[] w1 = OnnxGraph.floats(g.getInitializer(2));
        for (int dead : new int[] {1, 3, 5}) {
            for (int j = 0; j < 3; j++) {
                w1[dead * 3 + j] = 0f;
            }
        }
        g.setInitializer(2, OnnxGraph.floatTensor("w1", new long[] {6, 3}, w1));
        OnnxMl.ModelProto withDeadUnits = original.toBuilder().setGraph(g).build();
        Path target = dir.resolve("pruned.onnx");
        prune(withDeadUnits, 0.5, target);
        OnnxMl.ModelProto pruned = read(target);
        assertArrayEquals(new float[] {w1[0], w1[1], w1[2], w1[6], w1[7], w1[8], w1[12], w1[13], w1[14]},
                PruningModels.weights(pruned, "w1"));
        float[] input = PruningModels.randomInput(3, 4 * 8);
        assertArrayEquals(run(withDeadUnits.toByteArray(), input, 4, 8), run(pruned.toByteArray(), input, 4, 8),
                1e-5f);
    }

    @Test
    void gemmLayersWithTransposedWeightsShrinkConsistently() throws Exception {
        Path target = dir.resolve("pruned.onnx");
        prune(PruningModels.gemmMlp(3, 30, 40, 20, 5), 0.75, target);
        OnnxMl.ModelProto pruned = read(target);
        assertArrayEquals(new long[] {10, 30}, dims(pruned, "w0"));
        assertArrayEquals(new long[] {10}, dims(pruned, "b0"));
        assertArrayEquals(new long[] {5, 10}, dims(pruned, "w1"));
        assertArrayEquals(new long[] {5}, dims(pruned, "b1"));
        assertArrayEquals(new long[] {5, 5}, dims(pruned, "w2"));
        assertEquals(2 * 5, run(Files.readAllBytes(target), PruningModels.randomInput(2, 2 * 30), 2, 30).length);
    }

    @Test
    void convFiltersArePrunedThroughPoolingAndAReshapeIntoGemm() throws Exception {
        Path target = dir.resolve("pruned.onnx");
        TransformReport report = prune(PruningModels.cnn(4), 0.5, target);
        OnnxMl.ModelProto pruned = read(target);
        assertArrayEquals(new long[] {4, 1, 3, 3}, dims(pruned, "c1.w"));
        assertArrayEquals(new long[] {4}, dims(pruned, "c1.b"));
        assertArrayEquals(new long[] {8, 4, 3, 3}, dims(pruned, "c2.w"));
        assertArrayEquals(new long[] {8}, dims(pruned, "c2.b"));
        assertArrayEquals(new long[] {10, 32}, dims(pruned, "fc.w"));
        assertTrue(pruned.getGraph().getValueInfoList().isEmpty(), "stale value_info for resized tensors");
        assertEquals(List.of("kept 4 of 8 filters", "kept 8 of 16 filters"),
                report.changed().stream().map(LayerChange::change).toList());
        assertEquals(2 * 10, run(Files.readAllBytes(target), PruningModels.randomInput(5, 2 * 100), 2, 1, 10, 10)
                .length);
    }

    @Test
    void aFlattenBetweenConvAndGemmNeedsNoShapeRewrite() throws Exception {
        OnnxMl.GraphProto.Builder g = PruningModels.cnn(5).getGraph().toBuilder();
        g.setNode(6, PruningModels.node("Flatten", "flat", "r2")).removeNode(5);
        Path target = dir.resolve("pruned.onnx");
        prune(PruningModels.model(g), 0.75, target);
        OnnxMl.ModelProto pruned = read(target);
        assertArrayEquals(new long[] {4, 2, 3, 3}, dims(pruned, "c2.w"));
        assertArrayEquals(new long[] {10, 16}, dims(pruned, "fc.w"));
        assertEquals(10, run(Files.readAllBytes(target), PruningModels.randomInput(6, 100), 1, 1, 10, 10).length);
    }

    @Test
    void aReshapeToAnythingButRowsIsSkippedWithItsReason() {
        OnnxMl.GraphProto.Builder g = PruningModels.cnn(6).getGraph().toBuilder();
        OnnxMl.TensorProto shape = OnnxMl.TensorProto.newBuilder().setName("shape").setDataType(PruningModels.INT64)
                .addDims(3).addInt64Data(-1).addInt64Data(16).addInt64Data(4).build();
        g.setNode(5, g.getNode(5).toBuilder().setAttribute(0, g.getNode(5).getAttribute(0).toBuilder().setT(shape)));
        TransformLog log = new TransformLog();
        new StructuredPruning().apply(PruningModels.model(g), spec(0.5, true, PruningScope.PER_LAYER), null, log);
        assertEquals(List.of("kept 4 of 8 filters"), log.changedLayers().stream().map(LayerChange::change).toList());
        assertEquals("Conv 'c2_node': followed by Reshape to [-1, 16, 4]; only [batch, features] is handled",
                log.skippedLayers().get(0).reason());
    }

    @Test
    void atLeastOneUnitIsAlwaysKept() throws Exception {
        Path target = dir.resolve("pruned.onnx");
        TransformReport report = prune(PruningModels.mlp(5, 6, 4, 2), 0.95, target);
        assertArrayEquals(new long[] {6, 1}, dims(read(target), "w0"));
        assertEquals("kept 1 of 4 units", report.changed().get(0).change());
    }

    @Test
    void aBranchingOutputIsSkippedWithItsReason() {
        OnnxMl.GraphProto.Builder g = PruningModels.mlp(6, 4, 5, 2).getGraph().toBuilder()
                .addOutput(PruningModels.value("h0", 5));
        TransformLog log = new TransformLog();
        new StructuredPruning().apply(PruningModels.model(g), spec(0.5, true, PruningScope.PER_LAYER), null, log);
        assertTrue(log.changedLayers().isEmpty());
        assertEquals("MatMul 'mm0_node': output reaches the graph output, never pruned",
                log.skippedLayers().get(0).reason());
    }
}
