package org.inferscope.engine.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AxisScaleTest {

    @Test
    void dataThatAreNeverNegativeGetNoNegativeMargin() {
        AxisScale latency = AxisScale.padded(0.3, 11.4);
        assertEquals(0, latency.min());
        assertTrue(latency.max() >= 11.4);
        assertEquals(0, AxisScale.padded(0, 1).min());
    }

    @Test
    void signedDataKeepTheirMarginBelowZero() {
        AxisScale delta = AxisScale.padded(-3, 8);
        assertTrue(delta.min() < -3, "a point at the lowest value does not sit on the edge: " + delta);
    }

    @Test
    void ticksAreRoundStepsAcrossTheRange() {
        AxisScale scale = AxisScale.covering(0, 97);
        assertEquals(20, scale.step());
        assertEquals(100, scale.max());
        assertEquals("1,000", AxisScale.covering(0, 1000).label(1000));
    }
}
