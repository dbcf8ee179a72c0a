package org.inferscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's own behaviour on small models and data the tests write. */
class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void noArgumentsPrintTheHelpListingEveryCommand() {
        CliRun run = CliRun.of();
        assertEquals(0, run.exitCode());
        for (String command : new String[] {"eval", "info", "devices"}) {
            assertTrue(run.out().contains(command), run.out());
        }
    }

    @Test
    void devicesListTheCpuAsAvailableAndEveryUnavailableDeviceWithAReason() {
        JsonNode devices = CliRun.of("devices", "--json").json().get("devices");
        boolean cpu = false;
        for (JsonNode d : devices) {
            if (d.get("backendId").asText().equals("onnxruntime") && d.get("deviceId").asText().equals("cpu")) {
                cpu = d.get("available").asBoolean();
            }
            if (!d.get("available").asBoolean()) {
                assertFalse(d.get("reason").asText().isBlank(), d.toString());
            }
        }
        assertTrue(cpu, devices.toString());
    }

    @Test
    void regressionMseMatchesAComputationByHand() throws IOException {
        // y = 2a - b + 0.5, checked against targets that differ from it by known amounts
        Path model = TinyModels.linear(dir.resolve("reg.onnx"), new float[][] {{2}, {-1}}, new float[] {0.5f});
        double[][] rows = {{1, 2, 0.5}, {3, 1, 6.5}, {0, 0, 1.5}, {-1, 4, -6.5}, {2.5, 0.5, 2}};
        StringBuilder csv = new StringBuilder("a,b,y\n");
        double sq = 0;
        double abs = 0;
        for (double[] r : rows) {
            csv.append(r[0]).append(',').append(r[1]).append(',').append(r[2]).append('\n');
            double err = (2 * r[0] - r[1] + 0.5) - r[2];
            sq += err * err;
            abs += Math.abs(err);
        }
        Path data = Files.writeString(dir.resolve("reg.csv"), csv);
        JsonNode q = CliRun.of("eval", "-q", "--json", "--model", model.toString(), "--data", data.toString(),
                "--task", "REGRESSION", "--warmup", "1", "--iterations", "5", "--batch", "2").json().get("quality");
        assertEquals(sq / rows.length, q.get("mse").asDouble(), 1e-9);
        assertEquals(Math.sqrt(sq / rows.length), q.get("rmse").asDouble(), 1e-9);
        assertEquals(abs / rows.length, q.get("mae").asDouble(), 1e-9);
    }

    @Test
    void evalJsonHasTheDocumentedShape() throws IOException {
        Path model = TinyModels.linear(dir.resolve("cls.onnx"), new float[][] {{1, 0}, {0, 1}}, new float[] {0, 0});
        Path data = Files.writeString(dir.resolve("cls.csv"), "a,b,label\n1,0,0\n0,1,1\n2,1,0\n1,3,1\n5,6,0\n");
        Path out = dir.resolve("run.json");
        CliRun run = CliRun.of("eval", "-q", "--json", "--model", model.toString(), "--data", data.toString(),
                "--warmup", "2", "--iterations", "20", "--batch", "1,4", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertEquals(1, json.get("schemaVersion").asInt());
        for (String field : new String[] {"model", "dataset", "quality", "latency", "throughput", "provenance"}) {
            assertTrue(json.has(field), field);
        }
        assertEquals(0.8, json.get("quality").get("accuracy").asDouble(), 1e-12);
        assertTrue(json.get("quality").has("macroF1"));
        for (String p : new String[] {"p50Micros", "p90Micros", "p99Micros", "p999Micros", "meanMicros"}) {
            assertTrue(json.get("latency").get(p).asDouble() > 0, p);
        }
        assertEquals(20, json.get("latency").get("samples").asLong());
        assertEquals(2, json.get("throughput").size());
        assertEquals(4, json.get("throughput").get(1).get("batchSize").asInt());
        assertTrue(json.get("throughput").get(1).get("rowsPerSecond").asDouble() > 0);
        assertEquals(64, json.get("model").get("sha256").asText().length());
        assertEquals(64, json.get("provenance").get("modelSha256").asText().length());
        assertTrue(Files.size(out) > 0);
    }

    @Test
    void evalWritesCsvWhenTheOutFileEndsInCsv() throws IOException {
        Path model = TinyModels.linear(dir.resolve("cls.onnx"), new float[][] {{1, 0}, {0, 1}}, new float[] {0, 0});
        Path data = Files.writeString(dir.resolve("cls.csv"), "a,b,label\n1,0,0\n0,1,1\n");
        Path out = dir.resolve("run.csv");
        CliRun run = CliRun.of("eval", "-q", "--model", model.toString(), "--data", data.toString(),
                "--warmup", "1", "--iterations", "5", "--batch", "2", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String csv = Files.readString(out);
        assertTrue(csv.startsWith("schemaVersion,"), csv);
        assertEquals(2, csv.strip().split("\n").length, csv);
        assertTrue(run.out().contains("accuracy 100.00%"), run.out());
    }

    @Test
    void infoDescribesAModelsInputsAndOutputs() throws IOException {
        Path model = TinyModels.linear(dir.resolve("cls.onnx"), new float[][] {{1, 0}, {0, 1}}, new float[] {0, 0});
        JsonNode info = CliRun.of("info", "--json", "--model", model.toString()).json();
        assertEquals("x", info.get("inputs").get(0).get("name").asText());
        assertEquals(13, info.get("opset").asInt());
        assertEquals(6, info.get("parameterCount").asLong());
    }

    @Test
    void infoDescribesADataset() throws IOException {
        Path data = Files.writeString(dir.resolve("cls.csv"), "a,b,label\n1,0,x\n0,1,y\n2,,x\n");
        CliRun run = CliRun.of("info", "--json", "--data", data.toString(), "--missing", "IMPUTE_MEAN");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode info = run.json();
        assertEquals(3, info.get("rows").asInt());
        assertEquals("CLASSIFICATION", info.get("task").asText());
        assertEquals(1, info.get("missing").get("cells").asInt());
    }
}
