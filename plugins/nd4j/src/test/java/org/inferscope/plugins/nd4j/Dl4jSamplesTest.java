package org.inferscope.plugins.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.ModelInfo;
import org.inferscope.engine.api.Quality;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.spi.LoadedModel;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The bundled Deeplearning4j samples, run on ND4J's CPU backend, reproduce the metrics of their cards. */
class Dl4jSamplesTest {

    @TestFactory
    Stream<DynamicTest> everyDl4jSampleReproducesItsCardOnTheCpu() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : List.of("digits-mlp", "digits-mlp-wide", "diabetes-mlp")) {
            JsonNode card = Samples.card(name);
            for (JsonNode file : card.get("files")) {
                if (file.get("format").asText().equals("dl4j")) {
                    tests.add(DynamicTest.dynamicTest(file.get("file").asText(), () -> reproduce(card, file)));
                }
            }
        }
        assertEquals(3, tests.size(), "three cards list a dl4j file");
        return tests.stream();
    }

    private static void reproduce(JsonNode card, JsonNode file) {
        Path model = Samples.ROOT.resolve(file.get("file").asText());
        Quality quality = Samples.evaluate(model, Samples.dataset(card), "nd4j:cpu", TransformSpec.none()).quality();
        assertMetrics(file.get("testMetrics"), quality, file.get("file").asText());
    }

    static void assertMetrics(JsonNode expected, Quality quality, String what) {
        var metrics = expected.fields();
        assertFalse(!metrics.hasNext(), "no metrics for " + what);
        while (metrics.hasNext()) {
            Map.Entry<String, JsonNode> m = metrics.next();
            double want = m.getValue().asDouble();
            assertEquals(want, metric(quality, m.getKey()), 1e-6 * Math.max(1, Math.abs(want)), what + " " + m.getKey());
        }
    }

    private static double metric(Quality q, String name) {
        return switch (name) {
            case "accuracy" -> q.accuracy();
            case "macroF1" -> q.macroF1();
            case "mse" -> q.mse();
            case "rmse" -> q.rmse();
            case "mae" -> q.mae();
            case "r2" -> q.r2();
            default -> throw new IllegalArgumentException(name);
        };
    }

    @Test
    void theSameNetworkSavedAsAComputationGraphReachesTheSameAccuracy(@TempDir Path dir) throws Exception {
        MultiLayerNetwork mlp = ModelSerializer.restoreMultiLayerNetwork(Samples.DIGITS_MLP.toFile(), false);
        ComputationGraph graph = mlp.toComputationGraph();
        Path file = dir.resolve("digits-graph.zip");
        ModelSerializer.writeModel(graph, file.toFile(), false);
        JsonNode card = Samples.card("digits-mlp");
        Dataset data = Samples.dataset(card);

        Quality quality = Samples.evaluate(file, data, null, TransformSpec.none()).quality();

        assertMetrics(card.get("files").get(0).get("testMetrics"), quality, "the graph");
        try (LoadedModel loaded = Samples.PROVIDER.load(file)) {
            assertEquals("Deeplearning4j ComputationGraph", loaded.info().format());
        }
    }

    @Test
    void infoDescribesTheDigitsMlpAsRowsInAndScoresOut() {
        try (LoadedModel loaded = Samples.PROVIDER.load(Samples.DIGITS_MLP)) {
            ModelInfo info = loaded.info();
            assertEquals("Deeplearning4j MultiLayerNetwork", info.format());
            assertEquals("FLOAT[batch,64]", info.inputs().get(0).describe());
            assertEquals("input", info.inputs().get(0).name());
            assertEquals("FLOAT[batch,10]", info.outputs().get(0).describe());
            assertEquals(64 * 256 + 256 + 256 * 256 + 256 + 256 * 10 + 10, info.parameterCount());
            assertEquals(Map.of("DenseLayer", 2L, "OutputLayer", 1L), info.opCounts());
            assertEquals("FLOAT", info.metadata().get("weights_data_type"));
        }
    }
}
