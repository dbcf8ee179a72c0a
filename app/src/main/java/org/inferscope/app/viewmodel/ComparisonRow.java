package org.inferscope.app.viewmodel;

import java.util.Comparator;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.api.ThroughputPoint;
import org.inferscope.engine.sweep.SampledRun;

/**
 * One run in the comparison: what the table shows and the charts plot, with the full result kept.
 * Numbers that a run did not measure are {@code NaN}.
 *
 * @param label the configuration ("digits-mlp · INT8 dynamic · 50% structured")
 * @param colour the configuration's colour, the same in every chart
 * @param result the engine's result
 * @param samples the raw samples behind {@code result}, for confidence intervals; null for a run measured
 *     elsewhere or saved before InferScope kept them
 * @param runId the run's id in the history; {@link #NOT_SAVED} when it could not be saved
 */
public record ComparisonRow(String label, String colour, RunResult result, SampledRun samples, long runId) {
    /** The {@link #runId()} of a run the history does not hold. */
    public static final long NOT_SAVED = -1;

    /** A run without samples that the history does not hold (tests, demos). */
    public ComparisonRow(String label, String colour, RunResult result) {
        this(label, colour, result, null, NOT_SAVED);
    }

    public boolean isSaved() {
        return runId != NOT_SAVED;
    }

    /** The distinct variants the rows ran, in first-run order; {@code whenEmpty} alone when there are none. */
    static java.util.List<TransformSpec> configurations(java.util.List<ComparisonRow> rows, TransformSpec whenEmpty) {
        java.util.LinkedHashSet<TransformSpec> seen = new java.util.LinkedHashSet<>();
        for (ComparisonRow row : rows) {
            seen.add(row.result().transform() == null ? TransformSpec.none() : row.result().transform().spec());
        }
        return seen.isEmpty() ? java.util.List.of(whenEmpty) : java.util.List.copyOf(seen);
    }

    public String dataset() {
        return result.dataset().file() == null ? "" : java.nio.file.Path.of(result.dataset().file()).getFileName().toString();
    }

    public boolean isClassification() {
        return result.quality().task() == Task.CLASSIFICATION;
    }

    /** Accuracy for classification, MSE for regression. */
    public double quality() {
        Double q = isClassification() ? result.quality().accuracy() : result.quality().mse();
        return q == null ? Double.NaN : q;
    }

    public double p50Micros() {
        return result.latency() == null ? Double.NaN : result.latency().p50Micros();
    }

    public double p99Micros() {
        return result.latency() == null ? Double.NaN : result.latency().p99Micros();
    }

    /** Rows per second at the largest batch size measured. */
    public double rowsPerSecond() {
        return largestBatch() == null ? Double.NaN : largestBatch().rowsPerSecond();
    }

    public int largestBatchSize() {
        return largestBatch() == null ? 0 : largestBatch().batchSize();
    }

    private ThroughputPoint largestBatch() {
        return result.throughput().stream().max(Comparator.comparingInt(ThroughputPoint::batchSize)).orElse(null);
    }

    /** The process's peak resident memory during the run in MB (1,048,576 bytes); NaN where unknown. */
    public double peakResidentMegabytes() {
        long bytes = result.memory() == null ? -1 : result.memory().peakResidentBytes();
        return bytes < 0 ? Double.NaN : bytes / (1024.0 * 1024);
    }

    /** The size of the file that ran: the variant's when there is one. */
    public long variantBytes() {
        return result.transform() != null ? result.transform().variantBytes() : result.model().sizeBytes();
    }

    /** Top-1 agreement with the original; 1 for the original itself, NaN for regression. */
    public double top1Agreement() {
        if (result.fidelity() == null) {
            return isClassification() ? 1.0 : Double.NaN;
        }
        Double a = result.fidelity().top1Agreement();
        return a == null ? Double.NaN : a;
    }
}
