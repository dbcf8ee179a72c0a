package org.inferscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.inferscope.engine.testing.RealCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kill (SIGTERM) during a throughput round stops the command line with 143 and one sentence, not
 * with a native crash: ONNX Runtime's shutdown hook used to close its environment under a call still
 * running.
 */
@DisabledOnOs(OS.WINDOWS)
class TerminationTest {
    private static final Path SAMPLES = RealCases.repoRoot().resolve("samples");

    @TempDir
    Path dir;

    @Test
    void aKillDuringThroughputStopsCleanlyWithoutANativeCrash() throws Exception {
        Path log = dir.resolve("child.log");
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"), "-Xss4m",
                "-XX:ErrorFile=" + dir.resolve("crash-%p.log"), "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "eval", "--mode", "BATCH", "--batch", "1,32,256", "--iterations", "1000000",
                "--model", SAMPLES.resolve("models/digits-mlp.onnx").toString(),
                "--data", SAMPLES.resolve("datasets/digits-test.csv").toString());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (child.isAlive() && System.nanoTime() < deadline
                && !Files.readString(log).contains("Measuring throughput")) {
            Thread.sleep(50);
        }
        Thread.sleep(500);   // well inside the rounds, with calls in flight
        child.destroy();     // SIGTERM
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "still running after SIGTERM");
        String output = Files.readString(log);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith("crash-")).toList(), output);
        }
        assertEquals(143, child.exitValue(), output);
        assertTrue(output.contains("inferscope: stopped; files already written are complete"), output);
    }
}
