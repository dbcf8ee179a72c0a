package org.inferscope.app.viewmodel;

import org.inferscope.engine.report.chart.Palette;
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

/** Hand-made comparison rows for tests of the charts and the exports. */
public final class SampleRows {
    private SampleRows() {
    }

    /** A classification run; the {@code index} picks the palette colour. */
    public static ComparisonRow classification(int index, String label, double accuracy, double p50Micros) {
        Quality q = Quality.classification(100, accuracy, accuracy, List.<ClassQuality>of(), List.of("a", "b"),
                new long[][] {{50, 0}, {0, 50}}, 0);
        return row(index, label, Task.CLASSIFICATION, q, p50Micros);
    }

    /** A regression run; lower MSE is better. */
    public static ComparisonRow regression(int index, String label, double mse, double p50Micros) {
        return row(index, label, Task.REGRESSION, Quality.regression(100, mse, Math.sqrt(mse), 0.5), p50Micros);
    }

    private static ComparisonRow row(int index, String label, Task task, Quality q, double p50) {
        LatencySummary latency = Double.isNaN(p50) ? null
                : new LatencySummary(1000, p50 / 2, p50, p50 * 1.5, p50 * 2, p50 * 3, p50 * 4, p50, 1);
        RunResult result = new RunResult(RunResult.SCHEMA_VERSION,
                new ModelSummary("models/m.onnx", "ONNX", 40960 + index * 1024L, "ab".repeat(32), List.of("x"),
                        List.of("y"), "x", "y", 10),
                new DatasetSummary("data/digits-test.csv", "CSV", "cd".repeat(32), 100, 4, "label", task,
                        List.of(), MissingValues.none(MissingValuePolicy.REJECT)),
                q, latency, List.of(new ThroughputPoint(32, 1e6 / (p50 + 1), 1, 2, 3, 4)),
                new MemoryUsage(1, 1), List.of(),
                new Provenance("dev", "ab", "cd", "ONNX Runtime", "1.29.0", "onnxruntime:cpu", "OpenJDK 17",
                        "Linux 6.1 amd64", "AMD EPYC 9654 <96-Core>", List.of("avx2"), 16, Map.of(), 42,
                        "2026-01-02T03:04:05Z"));
        return new ComparisonRow(label, Palette.colour(index), result);
    }
}
