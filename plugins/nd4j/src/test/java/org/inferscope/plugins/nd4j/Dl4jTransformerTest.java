package org.inferscope.plugins.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.util.ModelSerializer;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.CalibrationMethod;
import org.inferscope.engine.api.LayerChange;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.PruningScope;
import org.inferscope.engine.api.Quality;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.TransformReport;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.spi.ModelTransformer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.factory.Nd4j;

/** Variants of real Deeplearning4j networks, made through the provider's transformer as the engine makes them. */
class Dl4jTransformerTest {

    @TempDir
    Path dir;

    private final ModelTransformer transformer = Samples.PROVIDER.transformer().orElseThrow();

    static TransformSpec spec(Precision precision, boolean perChannel, double sparsity, boolean structured) {
        return new TransformSpec(precision, perChannel, CalibrationMethod.MIN_MAX, 99.99, 300, sparsity, structured,
                PruningScope.PER_LAYER);
    }

    private static MultiLayerNetwork restore(Path file) throws Exception {
        return ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false);
    }

    @Test
    void structuredPruningRebuildsTheDigitsMlpWithHalfTheHiddenUnits() throws Exception {
        Path out = dir.resolve("half.dl4j.zip");
        TransformReport report = transformer.transform(Samples.DIGITS_MLP, spec(Precision.FP32, false, 0.5, true), null,
                out);

        MultiLayerNetwork pruned = restore(out);
        assertEquals(128, ((FeedForwardLayer) pruned.getLayer(0).conf().getLayer()).getNOut());
        assertEquals(128, ((FeedForwardLayer) pruned.getLayer(1).conf().getLayer()).getNOut());
        assertEquals(10, ((FeedForwardLayer) pruned.getLayer(2).conf().getLayer()).getNOut());
        assertEquals(64 * 128 + 128 + 128 * 128 + 128 + 128 * 10 + 10, pruned.numParams());
        assertEquals("structured pruning 50%: 2 dense layers shrunk, 256 of 512 units kept", report.summary());
        assertEquals("kept 128 of 256 units", report.changed().get(0).change());
        assertEquals(256 * 256, report.changed().get(1).weightsBefore(), "the original count, not the half-cut one");
        assertEquals(128 * 128, report.changed().get(1).weightsAfter());
        assertTrue(report.variantBytes() < report.originalBytes() / 2);
        Quality quality = Samples.evaluate(out, Samples.dataset(Samples.card("digits-mlp")), null,
                TransformSpec.none()).quality();
        assertTrue(quality.accuracy() > 0.5 && quality.accuracy() < 0.98, "accuracy " + quality.accuracy());
    }

    @Test
    void aUnitWithNoOutgoingWeightsIsTheOneRemovedAndTheOutputsDoNotChange() throws Exception {
        MultiLayerNetwork net = TinyNetworks.network(
                new DenseLayer.Builder().nIn(2).nOut(3).activation(Activation.RELU).build(),
                TinyNetworks.output(3, 2, Activation.IDENTITY));
        TinyNetworks.set(net, 0, new float[][] {{1, 9, 3}, {4, 9, 6}}, new float[] {0.5f, 9, 0});
        TinyNetworks.set(net, 1, new float[][] {{1, 0}, {0, 0}, {-1, 2}}, new float[] {0.25f, -0.5f});
        Path source = dir.resolve("tiny.zip");
        ModelSerializer.writeModel(net, source.toFile(), false);
        Path out = dir.resolve("tiny-pruned.zip");

        transformer.transform(source, spec(Precision.FP32, false, 1.0 / 3, true), null, out);

        MultiLayerNetwork pruned = restore(out);
        assertArrayEquals(new float[][] {{1, 3}, {4, 6}},
                pruned.getLayer(0).getParam(DefaultParamInitializer.WEIGHT_KEY).toFloatMatrix());
        float[][] rows = {{1, 1}, {2, -1}, {-3, 0.5f}};
        assertArrayEquals(net.output(Nd4j.create(rows)).toFloatMatrix(), pruned.output(Nd4j.create(rows)).toFloatMatrix());
    }

    @Test
    void magnitudePruningZeroesHalfOfEachWeightMatrixAndNoBias() throws Exception {
        Path out = dir.resolve("sparse.dl4j.zip");
        TransformReport report = transformer.transform(Samples.DIGITS_MLP, spec(Precision.FP32, false, 0.5, false), null,
                out);

        MultiLayerNetwork original = restore(Samples.DIGITS_MLP);
        MultiLayerNetwork sparse = restore(out);
        for (int i = 0; i < 3; i++) {
            float[] w = sparse.getLayer(i).getParam("W").dup('c').data().asFloat();
            long zeros = 0;
            for (float v : w) {
                zeros += v == 0 ? 1 : 0;
            }
            assertEquals(Math.round(0.5 * w.length), zeros, "layer " + i);
            assertEquals(original.getLayer(i).getParam("b"), sparse.getLayer(i).getParam("b"));
        }
        assertEquals(0.5, report.weightSparsity(), 1e-3);
        assertTrue(report.variantBytes() < report.originalBytes(), "the zip deflates the zeros");
        assertTrue(report.notes().get(0).contains("not skipped by ND4J's dense kernels"), report.notes().toString());
    }

    @Test
    void fp16RoundingLeavesOnlyValuesHalfPrecisionCanHoldAndSaysItIsASimulation() throws Exception {
        Path out = dir.resolve("fp16.dl4j.zip");
        TransformReport report = transformer.transform(Samples.DIGITS_MLP, spec(Precision.FP16, false, 0, false), null,
                out);

        float[] w = restore(out).getLayer(1).getParam("W").dup('c').data().asFloat();
        for (float v : w) {
            // an FP16 value has 10 mantissa bits: the 13 lower bits of its FP32 form are zero
            assertEquals(0, Float.floatToRawIntBits(v) & 0x1fff, "not an FP16 value: " + v);
        }
        String notes = String.join(" ", report.notes());
        assertTrue(notes.contains("simulated precision") && notes.contains("convert the network to ONNX"), notes);
        assertTrue(report.summary().contains("(simulated)"), report.summary());
    }

    @Test
    void int8RoundingLeavesAtMost255LevelsPerOutputUnitAndKeepsTheAccuracyClose() throws Exception {
        Path out = dir.resolve("int8.dl4j.zip");
        TransformReport report = transformer.transform(Samples.DIGITS_MLP,
                spec(Precision.INT8_DYNAMIC, true, 0, false), null, out);

        float[][] w = restore(out).getLayer(0).getParam("W").toFloatMatrix();
        Set<Float> levels = new HashSet<>();
        for (float[] row : w) {
            levels.add(row[5]);
        }
        assertTrue(levels.size() <= 255, levels.size() + " levels");
        assertTrue(report.changed().stream().map(LayerChange::change).allMatch(c -> c.contains("INT8 per output unit")));
        RunResult run = Samples.evaluate(out, Samples.dataset(Samples.card("digits-mlp")), null, TransformSpec.none());
        assertEquals(0.9777, run.quality().accuracy(), 0.02);
    }

    @Test
    void int8StaticIsRefusedBecauseActivationsCannotBeSimulated() {
        Path out = dir.resolve("static.zip");
        BadInputException e = assertThrows(BadInputException.class, () -> transformer.transform(Samples.DIGITS_MLP,
                spec(Precision.INT8_STATIC, false, 0, false), null, out));
        assertTrue(e.getMessage().contains("convert digits-mlp.dl4j.zip to ONNX"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void structuredPruningOfAGraphIsRefusedAndLeavesNothingBehind() throws Exception {
        ComputationGraph graph = restore(Samples.DIGITS_MLP).toComputationGraph();
        Path source = dir.resolve("graph.zip");
        ModelSerializer.writeModel(graph, source.toFile(), false);
        Path out = dir.resolve("graph-pruned.zip");

        BadInputException e = assertThrows(BadInputException.class,
                () -> transformer.transform(source, spec(Precision.FP32, false, 0.5, true), null, out));

        assertTrue(e.getMessage().contains("without --structured"), e.getMessage());
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the source is left");
        }
    }

    @Test
    void magnitudePruningWorksOnAGraphToo() throws Exception {
        ComputationGraph graph = restore(Samples.DIGITS_MLP).toComputationGraph();
        Path source = dir.resolve("graph.zip");
        ModelSerializer.writeModel(graph, source.toFile(), false);

        TransformReport report = transformer.transform(source, spec(Precision.FP32, false, 0.3, false), null,
                dir.resolve("graph-sparse.zip"));

        assertEquals(3, report.changed().size());
        assertEquals(0.3, report.weightSparsity(), 1e-3);
    }
}
