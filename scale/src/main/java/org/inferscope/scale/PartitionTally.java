package org.inferscope.scale;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;
import org.inferscope.engine.api.Task;

/**
 * Everything one partition sends back to the driver, and all that ever travels: row and call counts,
 * the quality tallies of the measured model (and of the original when a variant is measured), fidelity
 * sums, and the per-call latency histogram in HdrHistogram's compressed encoding. Never rows or predictions.
 */
final class PartitionTally implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Latencies are recorded in nanoseconds with 3 significant digits, as the engine records them. */
    static final int SIGNIFICANT_DIGITS = 3;

    private final ClassCounts classes;
    private final RegressionSums regression;
    private final ClassCounts originalClasses;
    private final RegressionSums originalRegression;
    private final FidelitySums fidelity;
    private long rows;
    private long calls;
    private long callNanos;
    private long unknownPredictions;
    private String scoreKind;
    private byte[] latency;
    private transient Histogram histogram;

    PartitionTally(Task task, int classCount, boolean variant) {
        boolean classify = task == Task.CLASSIFICATION;
        classes = classify ? new ClassCounts(classCount) : null;
        regression = classify ? null : new RegressionSums();
        originalClasses = variant && classify ? new ClassCounts(classCount) : null;
        originalRegression = variant && !classify ? new RegressionSums() : null;
        fidelity = variant ? new FidelitySums() : null;
    }

    ClassCounts classes() {
        return classes;
    }

    RegressionSums regression() {
        return regression;
    }

    ClassCounts originalClasses() {
        return originalClasses;
    }

    RegressionSums originalRegression() {
        return originalRegression;
    }

    FidelitySums fidelity() {
        return fidelity;
    }

    /** One timed call of {@code batchRows} rows. */
    void recordCall(int batchRows, long nanos) {
        histogram().recordValue(Math.max(0, nanos));
        rows += batchRows;
        calls++;
        callNanos += nanos;
    }

    void addUnknownPredictions(long n) {
        unknownPredictions += n;
    }

    void noteScoreKind(String kind) {
        if (scoreKind == null) {
            scoreKind = kind;
        }
    }

    /** Encodes the histogram for the trip to the driver; call once, when the partition is done. */
    PartitionTally sealed() {
        Histogram h = histogram();
        ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        int length = h.encodeIntoCompressedByteBuffer(buffer);
        latency = new byte[length];
        buffer.flip();
        buffer.get(latency);
        return this;
    }

    /** Adds another partition's tally to this one. */
    PartitionTally merge(PartitionTally other) {
        if (classes != null) {
            classes.merge(other.classes);
        } else {
            regression.merge(other.regression);
        }
        if (fidelity != null) {
            fidelity.merge(other.fidelity);
            if (originalClasses != null) {
                originalClasses.merge(other.originalClasses);
            } else {
                originalRegression.merge(other.originalRegression);
            }
        }
        rows += other.rows;
        calls += other.calls;
        callNanos += other.callNanos;
        unknownPredictions += other.unknownPredictions;
        noteScoreKind(other.scoreKind);
        histogram().add(other.histogram());
        return this;
    }

    /** The per-call latencies in nanoseconds, decoded after the trip when needed. */
    Histogram histogram() {
        if (histogram == null) {
            histogram = latency == null ? new Histogram(SIGNIFICANT_DIGITS) : decode(latency);
        }
        return histogram;
    }

    private static Histogram decode(byte[] bytes) {
        try {
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0);
        } catch (DataFormatException e) {
            throw new IllegalStateException("a partition's latency histogram arrived damaged", e);
        }
    }

    long rows() {
        return rows;
    }

    long calls() {
        return calls;
    }

    long callNanos() {
        return callNanos;
    }

    long unknownPredictions() {
        return unknownPredictions;
    }

    /** What the model's output held ("probabilities"), as the first batch showed; null before any. */
    String scoreKind() {
        return scoreKind;
    }
}
