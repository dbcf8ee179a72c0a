package org.inferscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inferscope.engine.testing.RealCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DL4J digits sample on ONNX Runtime from the command line: {@code eval --device} and {@code convert}. */
class Dl4jCommandsTest {
    private static final Path SAMPLES = RealCases.repoRoot().resolve("samples");
    private static final String DIGITS = SAMPLES.resolve("models/digits-mlp.dl4j.zip").toString();
    private static final String DIGITS_TEST = SAMPLES.resolve("datasets/digits-test.csv").toString();

    @TempDir
    Path dir;

    @Test
    void evalOnOnnxRuntimeConvertsTheDigitsNetworkAndAgreesOnEveryRow() {
        CliRun run = CliRun.of("eval", "-q", "--json", "--mode", "BATCH", "--batch", "32", "--warmup", "1",
                "--iterations", "3", "--model", DIGITS, "--data", DIGITS_TEST, "--device", "onnxruntime:cpu");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode result = run.json();
        assertEquals("onnxruntime:cpu", result.get("provenance").get("device").asText());
        assertEquals(1.0, result.get("fidelity").get("top1Agreement").asDouble());
        assertTrue(result.get("fidelity").get("maxAbsDiff").asDouble() < 1e-5, result.get("fidelity").toString());
        assertEquals(351 / 359.0, result.get("quality").get("accuracy").asDouble(), 1e-12);
    }

    @Test
    void convertWritesAnOnnxFileWithItsSidecar() {
        Path onnx = dir.resolve("digits.onnx");
        CliRun convert = CliRun.of("convert", "--model", DIGITS, "--out", onnx.toString());
        assertEquals(0, convert.exitCode(), convert.err());
        assertTrue(Files.isRegularFile(onnx));
        assertTrue(Files.isRegularFile(dir.resolve("digits.onnx.json")));
    }
}
