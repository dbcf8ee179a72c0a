package org.inferscope.engine.report;

import org.inferscope.engine.testing.SampleResults;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultJsonTest {

    @TempDir
    Path dir;

    private final ResultJson json = new ResultJson();

    @Test
    void aResultSurvivesAWriteAndReadUnchanged() {
        RunResult original = SampleResults.classification();
        Path file = dir.resolve("run.json");
        json.write(original, file);
        RunResult back = json.read(file);
        assertEquals(json.toJson(original), json.toJson(back));
        assertEquals(original.latency(), back.latency());
        assertEquals(original.provenance(), back.provenance());
        assertEquals(2, back.quality().confusionMatrix()[1][1]);
    }

    @Test
    void writingLeavesNoTemporaryFileBehind() throws IOException {
        json.write(SampleResults.regression(), dir.resolve("r.json"));
        json.write(SampleResults.classification(), dir.resolve("r.json"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("r.json")), files.toList());
        }
    }

    @Test
    void theJsonUsesTheDocumentedFieldNames() throws IOException {
        JsonNode tree = new ObjectMapper().readTree(json.toJson(SampleResults.classification()));
        for (String field : List.of("schemaVersion", "model", "dataset", "quality", "latency", "throughput",
                "provenance", "memory", "notes")) {
            assertTrue(tree.has(field), field);
        }
        assertEquals(1, tree.get("schemaVersion").asInt());
        assertEquals(0.75, tree.at("/quality/accuracy").asDouble());
        assertTrue(tree.at("/quality/macroF1").isNumber());
        for (String field : List.of("p50Micros", "p90Micros", "p99Micros", "p999Micros", "meanMicros")) {
            assertTrue(tree.at("/latency/" + field).isNumber(), field);
        }
        assertEquals(32, tree.at("/throughput/1/batchSize").asInt());
        assertEquals(900000.5, tree.at("/throughput/1/rowsPerSecond").asDouble());
        assertEquals("ab".repeat(32), tree.at("/model/sha256").asText());
    }

    @Test
    void regressionResultsHaveErrorsAndNoClassificationFields() throws IOException {
        JsonNode tree = new ObjectMapper().readTree(json.toJson(SampleResults.regression()));
        for (String field : List.of("mse", "rmse", "mae", "r2")) {
            assertTrue(tree.at("/quality/" + field).isNumber(), field);
        }
        assertFalse(tree.at("/quality").has("accuracy"));
        assertFalse(tree.has("latency"));
    }

    @Test
    void pathsAreWrittenAsPlainStrings() {
        assertEquals("\"data/x.csv\"", new ResultJson(false).toJson(Path.of("data/x.csv")));
    }

    @Test
    void aResultFromANewerVersionIsRefusedWithASentence() throws IOException {
        Path file = Files.writeString(dir.resolve("new.json"), "{\"schemaVersion\": 99, \"model\": {}}");
        BadInputException e = assertThrows(BadInputException.class, () -> json.read(file));
        assertTrue(e.getMessage().contains("newer InferScope"), e.getMessage());
    }

    @Test
    void aFileWithoutSchemaVersionIsNotAResult() throws IOException {
        Path file = Files.writeString(dir.resolve("other.json"), "{\"name\": 1}");
        assertThrows(BadInputException.class, () -> json.read(file));
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"schemaVersion\": 1, ");
        assertThrows(BadInputException.class, () -> json.read(broken));
    }
}
