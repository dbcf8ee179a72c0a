package org.inferscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Gaps between pulses: the first pulse starts the clock, a stall shows as the maximum. */
class PulseGapsTest {

    @Test
    void aStallIsTheMaximumAndTheUsualFrameTheMedian() {
        PulseGaps gaps = new PulseGaps();
        long t = 1_000_000_000L;
        gaps.pulse(t);
        for (int i = 0; i < 199; i++) {
            t += 16_666_667L;
            gaps.pulse(t);
        }
        t += 250_000_000L;
        gaps.pulse(t, "m · FP32: Measuring throughput");
        assertEquals(200, gaps.count());
        assertEquals(16.7, gaps.percentileMillis(50), 0.05);
        assertEquals(250.0, gaps.maxMillis(), 0.5);
        assertTrue(gaps.report().startsWith("FX pulse gaps: 200 pulses, p50 16.7 ms"), gaps.report());
        assertTrue(gaps.report().endsWith("max 250.0 ms (3.3 s to 3.6 s in, from \"\" to \"m · FP32: Measuring throughput\")"),
                gaps.report());
    }
}
