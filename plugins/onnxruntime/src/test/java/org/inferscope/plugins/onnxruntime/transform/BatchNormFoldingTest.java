package org.inferscope.plugins.onnxruntime.transform;

import static org.inferscope.plugins.onnxruntime.transform.MagnitudePruningTest.spec;
import static org.inferscope.plugins.onnxruntime.transform.MagnitudePruningTest.transformer;
import static org.inferscope.plugins.onnxruntime.transform.PruningModels.run;
import static org.inferscope.plugins.onnxruntime.transform.PruningModels.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnx.proto.OnnxMl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.inferscope.engine.api.LayerChange;
import org.inferscope.engine.api.PruningScope;
import org.inferscope.engine.api.SkippedLayer;
import org.inferscope.engine.api.TransformReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test CNN with a BatchNormalization after its first Conv. */
class BatchNormFoldingTest {

    @TempDir
    Path dir;

    /** {@link PruningModels#cnn} with c1 -> BatchNormalization -> Relu; seeded, non-trivial statistics. */
    static OnnxMl.ModelProto cnnWithBatchNorm(long seed) {
        Random random = new Random(seed);
        OnnxMl.GraphProto.Builder g = PruningModels.cnn(seed).getGraph().toBuilder();
        g.setNode(0, g.getNode(0).toBuilder().setName("c1_conv_node").setOutput(0, "c1_conv"));
        g.addNode(1, PruningModels.node("BatchNormalization", "c1", "c1_conv", "bn.scale", "bn.shift", "bn.mean",
                "bn.var").toBuilder().addAttribute(OnnxMl.AttributeProto.newBuilder().setName("epsilon")
                .setType(OnnxMl.AttributeProto.AttributeType.FLOAT).setF(1e-3f)).build());
        g.addInitializer(vector("bn.scale", random, 1f, 0.5f)).addInitializer(vector("bn.shift", random, 0f, 0.3f))
                .addInitializer(vector("bn.mean", random, 0f, 0.2f)).addInitializer(vector("bn.var", random, 1f, 0.4f));
        return PruningModels.model(g);
    }

    private static OnnxMl.TensorProto vector(String name, Random random, float centre, float spread) {
        float[] v = new float[8];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.abs(centre + spread * (float) random.nextGaussian());
        }
        return OnnxGraph.floatTensor(name, new long[] {8}, v);
    }

    @Test
    void foldedConvGivesTheSameOutputsWithoutTheBatchNormalization() throws Exception {
        OnnxMl.ModelProto source = cnnWithBatchNorm(3);
        TransformLog log = new TransformLog();
        OnnxMl.ModelProto folded = BatchNormFolding.apply(source, log);

        assertEquals(0, GraphFacts.of(folded).ops("BatchNormalization"));
        assertEquals(2, GraphFacts.of(folded).ops("Conv"));
        assertEquals(List.of("Folded BatchNormalization into the Conv before it (c1_conv_node + c1_node), so that"
                + " its filters can be pruned; the FP32 results are the same up to rounding"), log.notes());
        float[] x = PruningModels.randomInput(8, 4 * 100);
        float[] expected = run(source.toByteArray(), x, 4, 1, 10, 10);
        float[] actual = run(folded.toByteArray(), x, 4, 1, 10, 10);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-4 * (1 + Math.abs(expected[i])), "output " + i);
        }
    }

    @Test
    void structuredPruningNowPrunesTheFiltersOfAConvFollowedByBatchNormalization() throws Exception {
        Path target = dir.resolve("pruned.onnx");
        TransformReport report = transformer().transform(write(dir.resolve("source.onnx"), cnnWithBatchNorm(4)),
                spec(0.5, true, PruningScope.PER_LAYER), null, target);

        assertEquals(List.of("kept 4 of 8 filters", "kept 8 of 16 filters"),
                report.changed().stream().map(LayerChange::change).toList());
        assertEquals(List.of("y_node"), report.skipped().stream().map(SkippedLayer::node).toList(),
                "only the last layer, which feeds the graph output");
        OnnxMl.ModelProto pruned = PruningModels.read(target);
        assertEquals(0, GraphFacts.of(pruned).ops("BatchNormalization"));
        assertArrayEquals(new long[] {8, 4, 3, 3}, PruningModels.dims(pruned, "c2.w"));
        assertEquals(2 * 10, run(Files.readAllBytes(target), PruningModels.randomInput(5, 2 * 100), 2, 1, 10, 10).length);
    }

    @Test
    void aModelWithoutBatchNormalizationIsReturnedAsItIs() {
        OnnxMl.ModelProto cnn = PruningModels.cnn(4);
        TransformLog log = new TransformLog();
        assertEquals(cnn, BatchNormFolding.apply(cnn, log));
        assertTrue(log.notes().isEmpty());
    }
}
