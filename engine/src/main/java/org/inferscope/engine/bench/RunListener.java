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
}
