package org.inferscope.engine.bench;

import java.time.Duration;

/**
 * How long one throughput round should last: at least {@code minBatches} calls, and enough calls to
 * take about {@code target} (judged from the last warm-up call), so that timer resolution does not
 * matter.
 */
public record RoundTiming(Duration target, int minBatches) {

    public static final RoundTiming DEFAULT = new RoundTiming(Duration.ofMillis(100), 3);

    public RoundTiming {
        if (target.isNegative() || minBatches < 1) {
            throw new IllegalArgumentException("round target must be >= 0 and at least one batch per round");
        }
    }
}
