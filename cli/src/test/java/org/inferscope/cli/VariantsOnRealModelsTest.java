package org.inferscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.inferscope.engine.testing.RealCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every precision and pruning setting, from the command line, on the trained digits MLP sample and on
 * the real MNIST logistic regression: each variant loads and evaluates, and INT8 stays within about a
 * point of FP32 on the MLP.
 */
class VariantsOnRealModelsTest {

    private static final Path SAMPLES = RealCases.repoRoot().resolve("samples");

    static Stream<Arguments> settings() {
        return Stream.of(
                Arguments.of("fp16", List.<String>of(), 0.002),
                Arguments.of("int8-dynamic", List.<String>of(), 0.01),
                Arguments.of("int8-dynamic", List.of("--per-channel"), 0.01),
                Arguments.of("int8-static", List.<String>of(), 0.01),
                Arguments.of("int8-static", List.of("--per-channel", "--calibration", "PERCENTILE"), 0.01),
                Arguments.of("int8-weights", List.<String>of(), 0.01),
                Arguments.of("fp32", List.of("--sparsity", "0.5"), 0.03),
                // structured pruning without fine-tuning costs accuracy (about 12 points at 50% here,
                // see docs/benchmarks.md): only that it stays far above chance is checked
                Arguments.of("fp32", List.of("--sparsity", "0.5", "--structured"), 0.3),
                Arguments.of("int8-dynamic", List.of("--sparsity", "0.25", "--structured"), 0.3));
    }

    private static JsonNode eval(Path model, Path data, String precision, List<String> extra) {
        List<String> args = new ArrayList<>(List.of("eval", "-q", "--json", "--mode", "BATCH", "--batch", "64",
                "--warmup", "1", "--iterations", "5", "--model", model.toString(), "--data", data.toString(),
                "--precision", precision));
        args.addAll(extra);
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run.json();
    }

    @ParameterizedTest(name = "digits MLP, {0} {1}")
    @MethodSource("settings")
    void theDigitsMlpStaysCloseToFp32(String precision, List<String> extra, double allowedDrop) {
        JsonNode r = eval(SAMPLES.resolve("models/digits-mlp.onnx"), SAMPLES.resolve("datasets/digits-test.csv"),
                precision, extra);
        double original = r.get("fidelity").get("original").get("accuracy").asDouble();
        double variant = r.get("quality").get("accuracy").asDouble();
        assertTrue(original - variant <= allowedDrop, () -> precision + " " + extra + ": " + original + " -> " + variant);
        assertTrue(r.get("fidelity").get("top1Agreement").asDouble() > 0.85, r.get("fidelity").toString());
    }

    @Test
    void globalPruningOfTheDigitsMlpEmptiesItsSmallScaleFirstLayerAndSaysSo() {
        // the first layer carries the folded 1/16 input scaling, so its weights are the smallest of all
        JsonNode r = eval(SAMPLES.resolve("models/digits-mlp.onnx"), SAMPLES.resolve("datasets/digits-test.csv"),
                "fp32", List.of("--sparsity", "0.5", "--pruning-scope", "GLOBAL"));
        assertEquals(0.5, r.get("transform").get("weightSparsity").asDouble(), 0.01);
        assertTrue(r.get("notes").toString().contains("per-layer pruning avoids emptying a layer"),
                r.get("notes").toString());
    }

    @ParameterizedTest(name = "MNIST logistic regression, {0} {1}")
    @MethodSource("settings")
    void theMnistLogisticRegressionLoadsAndEvaluatesEverySetting(String precision, List<String> extra, double unused) {
        Path model = RealCases.file("models/tribuo_lr_mnist.onnx");
        Path data = RealCases.file("data/mnist/transposed_mnist_test_head.libsvm");
        List<String> args = new ArrayList<>(extra);
        args.addAll(List.of("--index-base", "ZERO"));
        JsonNode r = eval(model, data, precision, args);
        // its weights live in a LinearClassifier's attributes: nothing to change, and it says so
        assertTrue(r.get("transform").get("skipped").size() >= 1, r.get("transform").toString());
        assertEquals(r.get("fidelity").get("original").get("accuracy").asDouble(),
                r.get("quality").get("accuracy").asDouble(), 1e-12);
    }
}
