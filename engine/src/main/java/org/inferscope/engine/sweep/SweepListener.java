package org.inferscope.engine.sweep;

import java.time.Duration;
import org.inferscope.engine.bench.RunListener;

/** Hears how a sweep is going. Called on the sweep's thread; implementations must return quickly. */
public interface SweepListener {

    SweepListener NONE = new SweepListener() {
    };

    /** The sweep starts: {@code alreadyDone} of {@code total} points were found saved. */
    default void onStart(int total, int alreadyDone, Duration estimate) {
    }

    default void onPointStarted(SweepConfiguration configuration, int index, int total) {
    }

    /** A point was saved; {@code remaining} is the estimate for the points still to run. */
    default void onPointSaved(SweepPoint point, int done, int total, Duration remaining) {
    }

    /** The listener for each point's run (phases, progress), or {@link RunListener#NONE}. */
    default RunListener runListener() {
        return RunListener.NONE;
    }
}
