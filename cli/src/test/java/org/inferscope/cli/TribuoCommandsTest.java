package org.inferscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inferscope.engine.testing.RealCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Tribuo samples on ONNX Runtime from the command line: {@code convert}, and {@code eval --device}. */
class TribuoCommandsTest {
    private static final Path SAMPLES = RealCases.repoRoot().resolve("samples");

    @TempDir
    Path dir;

    @Test
    void evalOnOnnxRuntimeConvertsTheIrisSampleAndAgreesOnEveryRow() {
        CliRun run = CliRun.of("eval", "-q", "--json", "--mode", "BATCH", "--batch", "32", "--warmup", "1",
                "--iterations", "5", "--model", SAMPLES.resolve("models/iris-logistic.tribuo").toString(),
                "--data", SAMPLES.resolve("datasets/iris-test.csv").toString(), "--target", "species",
                "--device", "onnxruntime:cpu");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode result = run.json();
        assertEquals(1.0, result.get("fidelity").get("top1Agreement").asDouble());
        assertEquals("onnxruntime:cpu", result.get("provenance").get("device").asText());
        assertEquals(0.9333333333333333, result.get("quality").get("accuracy").asDouble(), 1e-12);
    }

    @Test
    void convertWritesAnOnnxFileThatEvaluatesLikeTheSample() throws Exception {
        Path onnx = dir.resolve("iris.onnx");
        CliRun convert = CliRun.of("convert", "--model", SAMPLES.resolve("models/iris-logistic.tribuo").toString(),
                "--out", onnx.toString());
        assertEquals(0, convert.exitCode(), convert.err());
        assertTrue(Files.isRegularFile(dir.resolve("iris.onnx.json")));
        assertTrue(convert.out().contains("converted to ONNX"), convert.out());
        CliRun eval = CliRun.of("eval", "-q", "--json", "--mode", "BATCH", "--batch", "32", "--warmup", "1",
                "--iterations", "5", "--model", onnx.toString(),
                "--data", SAMPLES.resolve("datasets/iris-test.csv").toString(), "--target", "species");
        assertEquals(0, eval.exitCode(), eval.err());
        assertEquals(0.9333333333333333, eval.json().get("quality").get("accuracy").asDouble(), 1e-12);
    }

    @Test
    void aForestCannotBeConvertedAndTheSentenceSaysWhereItRuns() {
        CliRun run = CliRun.of("convert", "--model", SAMPLES.resolve("models/breast-cancer-forest.tribuo").toString(),
                "--out", dir.resolve("forest.onnx").toString());
        assertEquals(InferScopeCli.BAD_INPUT, run.exitCode());
        assertEquals("inferscope: breast-cancer-forest.tribuo is a Tribuo ensemble of TreeModel members, which Tribuo"
                + " cannot export to ONNX (it exports linear and logistic SGD, factorization machine, LibLinear, LibSVM"
                + " and sparse linear models, and weighted ensembles of these): run it on tribuo:cpu.", run.message());
        assertTrue(Files.notExists(dir.resolve("forest.onnx")));
    }
}
