package org.inferscope.engine.bench;

import org.inferscope.engine.api.ThroughputPoint;

/**
 * Hears how a run is going, for progress bars and live charts. Called on the thread that runs the
 * evaluation, outside every timed region; implementations must return quickly.
 */
public interface RunListener {

    /** Does nothing. */
    RunListener NONE = new RunListener() {
    };

    /** A phase starts; {@code total} is the number of steps it will report progress in, or 0. */
    default void onPhase(Phase phase, long total) {
    }

    default void onProgress(Phase phase, long done, long total) {
    }

    /** One timed single-row call, in nanoseconds. */
    default void onLatencySample(long nanos) {
    }

    /** Accuracy (classification) or mean squared error (regression) over the rows scored so far. */
    default void onQualitySoFar(long rows, double accuracyOrMse) {
    }

    default void onThroughput(ThroughputPoint point) {
    }

    /** One timed throughput round at {@code batchSize}, so that a caller can put an interval on the median. */
    default void onThroughputRound(int batchSize, double rowsPerSecond) {
    }

    /**
     * The class id the measured model predicted for every row in the quality pass (classification only),
     * so that two configurations can be compared row by row (McNemar's test). The array is the caller's.
     */
    default void onPredictedClasses(int[] classIds) {
    }
}
