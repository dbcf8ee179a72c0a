package org.inferscope.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void microsecondsKeepShortNumbersAndTurnToMillisecondsFromTenOfThem() {
        assertEquals("12.5 µs", Durations.micros(12.5));
        assertEquals("850 µs", Durations.micros(850.2));
        assertEquals("9999 µs", Durations.micros(9999));
        assertEquals("14.2 ms", Durations.micros(14_200));
    }
}
