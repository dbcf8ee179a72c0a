package org.inferscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.inferscope.engine.testing.RealCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep on the trained digits MLP: twelve configurations, the report, and a real kill and resume. */
class SweepCommandTest {

    private static final Path SAMPLES = RealCases.repoRoot().resolve("samples");

    @TempDir
    Path dir;

    private static List<String> sweepArgs(Path out, String roundMillis) {
        return new ArrayList<>(List.of("sweep", "--model", SAMPLES.resolve("models/digits-mlp.onnx").toString(),
                "--data", SAMPLES.resolve("datasets/digits-test.csv").toString(), "--precision", "fp32,int8-dynamic",
                "--sparsity", "0,0.5", "--structured", "--batch", "1,32,64", "--warmup", "2", "--iterations", "10",
                "--round-ms", roundMillis, "--out", out.toString()));
    }

    private static Map<String, String> pointFiles(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(out.resolve("points"))) {
            for (Path p : s.filter(f -> f.getFileName().toString().matches("\\d{4}\\.json")).toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }

    @Test
    void twelveConfigurationsOfTheDigitsMlpGiveAReportWithIntervalsAndAFrontier() throws IOException {
        Path out = dir.resolve("sweep");
        CliRun run = CliRun.of(sweepArgs(out, "1").toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("12 configurations, 0 already saved; estimated"), run.err());
        assertTrue(run.out().contains("ACCURACY [95% CI]"), run.out());
        JsonNode report = new ObjectMapper().readTree(Files.readString(out.resolve("report.json")));
        assertEquals(12, report.get("points").size());
        int frontier = 0;
        for (JsonNode p : report.get("points")) {
            JsonNode acc = p.get("statistics").get("accuracy");
            assertTrue(acc.get("lower").asDouble() <= acc.get("estimate").asDouble()
                    && acc.get("estimate").asDouble() <= acc.get("upper").asDouble(), p.toString());
            assertTrue(p.get("statistics").has("p99Micros") && p.get("statistics").has("rowsPerSecond"), p.toString());
            frontier += p.get("onFrontier").asBoolean() ? 1 : 0;
        }
        assertTrue(frontier >= 1);
        assertEquals(12, pointFiles(out).size());
        assertTrue(Files.readString(out.resolve("report.html")).contains("<svg"));
        assertTrue(Files.readString(out.resolve("report.txt")).contains("FRONTIER"));
    }

    @Test
    void aSweepKilledHalfWayResumesWithoutLosingOrRepeatingAFinishedPoint() throws Exception {
        Path out = dir.resolve("killed");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xss4m",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(sweepArgs(out, "40"));
        command.add("-q");
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (child.isAlive() && System.nanoTime() < deadline
                && (!Files.isDirectory(out.resolve("points")) || pointFiles(out).size() < 3)) {
            Thread.sleep(50);
        }
        child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no cleanup
        Map<String, String> beforeResume = pointFiles(out);
        assertTrue(beforeResume.size() >= 3 && beforeResume.size() < 12,
                "killed with " + beforeResume.size() + " points saved; log: " + Files.readString(dir.resolve("child.log")));

        List<String> resume = sweepArgs(out, "40");
        resume.add("--resume");
        CliRun run = CliRun.of(resume.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("12 configurations, " + beforeResume.size() + " already saved"), run.err());
        Map<String, String> after = pointFiles(out);
        assertEquals(12, after.size());
        beforeResume.forEach((file, json) -> assertEquals(json, after.get(file), file + " was measured again"));
        Set<String> keys = new HashSet<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String json : after.values()) {
            JsonNode c = mapper.readTree(json).get("configuration");
            assertTrue(keys.add(c.toString()), "twice: " + c);
        }
    }

    @Test
    void aSecondSweepIntoTheSameFolderNeedsResume() {
        Path out = dir.resolve("twice");
        List<String> args = sweepArgs(out, "1");
        args.set(args.indexOf("fp32,int8-dynamic"), "fp32");
        args.set(args.indexOf("1,32,64"), "32");
        args.set(args.indexOf("0,0.5"), "0");
        assertEquals(0, CliRun.of(args.toArray(String[]::new)).exitCode());
        CliRun again = CliRun.of(args.toArray(String[]::new));
        assertEquals(InferScopeCli.BAD_INPUT, again.exitCode());
        assertTrue(again.message().contains("add --resume"), again.message());
    }
}
