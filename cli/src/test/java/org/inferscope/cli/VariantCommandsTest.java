package org.inferscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Variants from the command line: eval with a transform, and the transform command with its sidecar. */
class VariantCommandsTest {

    @TempDir
    Path dir;
    Path model;
    Path data;

    @BeforeEach
    void writeALinearClassifierAndData() throws IOException {
        Random random = new Random(3);
        float[][] w = new float[8][4];
        for (float[] row : w) {
            for (int j = 0; j < row.length; j++) {
                row[j] = (float) random.nextGaussian();
            }
        }
        model = TinyModels.linear(dir.resolve("lin.onnx"), w, new float[] {0.1f, -0.1f, 0.2f, 0});
        StringBuilder csv = new StringBuilder("a,b,c,d,e,f,g,h,label\n");
        for (int r = 0; r < 200; r++) {
            for (int c = 0; c < 8; c++) {
                csv.append(Math.round(random.nextGaussian() * 100) / 100.0).append(',');
            }
            csv.append(random.nextInt(4)).append('\n');
        }
        data = Files.writeString(dir.resolve("data.csv"), csv);
    }

    @Test
    void evalOfAnInt8VariantReportsTheTransformAndItsFidelity() {
        CliRun run = CliRun.of("eval", "-q", "--json", "--model", model.toString(), "--data", data.toString(),
                "--precision", "int8-dynamic", "--per-channel", "--mode", "BATCH", "--batch", "16",
                "--warmup", "1", "--iterations", "5");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertEquals("INT8_DYNAMIC", json.get("transform").get("spec").get("precision").asText());
        assertEquals(1, json.get("transform").get("changed").size());
        JsonNode fidelity = json.get("fidelity");
        assertTrue(fidelity.get("top1Agreement").asDouble() > 0.9, fidelity.toString());
        for (String f : new String[] {"maxAbsDiff", "meanAbsDiff", "outputMse"}) {
            assertTrue(fidelity.get(f).asDouble() >= 0, f);
        }
        assertTrue(fidelity.get("maxAbsDiff").asDouble() < 0.5, fidelity.toString());
    }

    @Test
    void transformWritesTheVariantAndASidecar() throws IOException {
        Path out = dir.resolve("pruned.onnx");
        CliRun run = CliRun.of("transform", "--model", model.toString(), "--sparsity", "0.5", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.size(out) > 0);
        JsonNode sidecar = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(dir.resolve("pruned.onnx.json").toFile());
        assertEquals(1, sidecar.get("schemaVersion").asInt());
        assertEquals(0.5, sidecar.get("transform").get("changed").get(0).get("sparsity").asDouble(), 1e-12);
        assertEquals(64, sidecar.get("variantSha256").asText().length());
        assertTrue(run.out().contains("pruned 50% of weights"), run.out());
    }

    @Test
    void theExecutedGraphShowsTheIntegerKernelsOnnxRuntimeRuns() throws IOException {
        Path out = dir.resolve("int8.onnx");
        Path executed = dir.resolve("int8-executed.onnx");
        CliRun run = CliRun.of("transform", "--model", model.toString(), "--precision", "int8-dynamic",
                "--out", out.toString(), "--executed-graph", executed.toString());
        assertEquals(0, run.exitCode(), run.err());
        var graph = ai.onnx.proto.OnnxMl.ModelProto.parseFrom(Files.readAllBytes(executed)).getGraph();
        assertTrue(graph.getNodeList().stream().anyMatch(n -> n.getOpType().equals("DynamicQuantizeMatMul")),
                graph.getNodeList().toString());
    }

    @Test
    void int8StaticWithoutDataIsABadInputAndWritesNothing() {
        Path out = dir.resolve("static.onnx");
        CliRun run = CliRun.of("transform", "--model", model.toString(), "--precision", "int8-static",
                "--out", out.toString());
        assertEquals(InferScopeCli.BAD_INPUT, run.exitCode());
        assertTrue(run.message().contains("--data"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnknownPrecisionNamesTheChoices() {
        CliRun run = CliRun.of("eval", "-q", "--model", model.toString(), "--data", data.toString(),
                "--precision", "int4");
        assertEquals(InferScopeCli.BAD_INPUT, run.exitCode());
        assertTrue(run.message().contains("int8-dynamic"), run.err());
    }
}
