package org.inferscope.app.viewmodel;

import java.time.Duration;
import org.inferscope.engine.bench.RoundTiming;

/** Throughput rounds for tests: one batch each, so that a run takes well under a second. The numbers are not checked. */
public final class QuickRuns {
    public static final RoundTiming TIMING = new RoundTiming(Duration.ofMillis(1), 1);

    private QuickRuns() {
    }
}
