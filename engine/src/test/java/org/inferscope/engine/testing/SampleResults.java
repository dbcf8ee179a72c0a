package org.inferscope.engine.testing;

import java.util.List;
import java.util.Map;
import org.inferscope.engine.api.ClassQuality;
import org.inferscope.engine.api.DatasetSummary;
import org.inferscope.engine.api.LatencySummary;
import org.inferscope.engine.api.MemoryUsage;
import org.inferscope.engine.api.MissingValuePolicy;
import org.inferscope.engine.api.MissingValues;
import org.inferscope.engine.api.ModelSummary;
import org.inferscope.engine.api.Provenance;
import org.inferscope.engine.api.Quality;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.api.ThroughputPoint;

/** Hand-made results for tests of what stores or writes results (reports, the app's run history). */
public final class SampleResults {

    private SampleResults() {
    }

    public static RunResult classification() {
        Quality q = Quality.classification(4, 0.75, 0.7, List.of(new ClassQuality("a", 2, 1, 0.5, 2.0 / 3),
                new ClassQuality("b", 2, 0.6666, 1, 0.8)), List.of("a", "b"), new long[][] {{1, 1}, {0, 2}}, 0);
        return new RunResult(RunResult.SCHEMA_VERSION, model(), dataset(Task.CLASSIFICATION, List.of("a", "b")), q,
                new LatencySummary(1000, 10, 12.5, 15, 20, 31.2, 40, 12.9, 2.1),
                List.of(new ThroughputPoint(1, 80000, 70000, 85000, 30, 3000),
                        new ThroughputPoint(32, 900000.5, 850000, 910000, 30, 96000)),
                new MemoryUsage(123456789L, 4567890L), List.of("a note, with a comma"), provenance());
    }

    public static RunResult regression() {
        return new RunResult(RunResult.SCHEMA_VERSION, model(), dataset(Task.REGRESSION, List.of()),
                Quality.regression(3, 4, 1.5, 0.25), null, List.of(new ThroughputPoint(256, 1e6, 9e5, 1.1e6, 5, 2560)),
                new MemoryUsage(-1, 100), List.of(), provenance());
    }

    private static ModelSummary model() {
        return new ModelSummary("models/m.onnx", "ONNX", 2048, "ab".repeat(32), List.of("x FLOAT[?,4]"),
                List.of("scores FLOAT[?,2]"), "x", "scores", 10);
    }

    private static DatasetSummary dataset(Task task, List<String> classes) {
        return new DatasetSummary("data/d.csv", "CSV", "cd".repeat(32), 4, 4, "label", task, classes,
                MissingValues.none(MissingValuePolicy.REJECT));
    }

    private static Provenance provenance() {
        return new Provenance("dev", "ab".repeat(32), "cd".repeat(32), "ONNX Runtime", "1.29.0", "onnxruntime:cpu", "Eclipse Adoptium OpenJDK 17",
                "Linux 6.1 amd64", "Xeon", List.of("avx2", "fma"), 16, Map.of("iterations", "1000"), 42,
                "2026-01-02T03:04:05Z");
    }
}
