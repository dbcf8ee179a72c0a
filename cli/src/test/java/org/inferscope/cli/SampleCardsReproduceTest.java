package org.inferscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.inferscope.engine.testing.RealCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code inferscope eval} on every bundled sample model that an installed backend runs reproduces
 * the test metrics written in its card.
 */
class SampleCardsReproduceTest {

    private static final Path SAMPLES = RealCases.repoRoot().resolve("samples");
    private static final List<String> RUNNABLE_FORMATS = List.of("onnx", "tribuo", "dl4j");

    @TestFactory
    Stream<DynamicTest> everySampleReproducesItsCard() throws IOException {
        List<Path> cards;
        try (Stream<Path> files = Files.list(SAMPLES.resolve("models"))) {
            cards = files.filter(p -> p.getFileName().toString().endsWith(".card.json")).sorted().toList();
        }
        assertFalse(cards.isEmpty(), "no sample cards under " + SAMPLES);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path cardFile : cards) {
            JsonNode card = new ObjectMapper().readTree(cardFile.toFile());
            for (JsonNode file : card.get("files")) {
                if (RUNNABLE_FORMATS.contains(file.get("format").asText())) {
                    tests.add(DynamicTest.dynamicTest(file.get("file").asText(), () -> reproduce(card, file)));
                }
            }
        }
        return tests.stream();
    }

    private static void reproduce(JsonNode card, JsonNode file) {
        List<String> args = new ArrayList<>(List.of("eval", "-q", "--json", "--mode", "BATCH", "--batch", "32",
                "--warmup", "1", "--iterations", "5",
                "--model", SAMPLES.resolve(file.get("file").asText()).toString(),
                "--data", SAMPLES.resolve(card.get("testFile").asText()).toString(),
                "--target", card.get("target").asText(), "--task", card.get("task").asText()));
        card.get("evalArguments").forEach(a -> args.add(a.asText()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        JsonNode quality = run.json().get("quality");
        var expected = file.get("testMetrics").fields();
        assertTrue(expected.hasNext(), "card lists no metrics for " + file);
        while (expected.hasNext()) {
            Map.Entry<String, JsonNode> metric = expected.next();
            double want = metric.getValue().asDouble();
            assertEquals(want, quality.get(metric.getKey()).asDouble(), 1e-6 * Math.max(1, Math.abs(want)),
                    file.get("file").asText() + " " + metric.getKey());
        }
    }
}
