package org.inferscope.app.viewmodel;

import java.util.Comparator;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.api.ThroughputPoint;

/**
 * One run in the comparison: what the table shows and the charts plot, with the full result kept.
 * Numbers that a run did not measure are {@code NaN}.
 *
 * @param label the configuration ("digits-mlp · INT8 dynamic · 50% structured")
 * @param colour the configuration's colour, the same in every chart
 * @param result the engine's result
 */
public record ComparisonRow(String label, String colour, RunResult result) {

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
