package org.inferscope.engine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MemoryProbeTest {

    @Test
    void peakResidentSizeIsReadFromVmHwmInKibibytes() {
        String status = "Name:\tjava\nVmPeak:\t 9000 kB\nVmHWM:\t    1234 kB\nVmRSS:\t 1000 kB\n";
        assertEquals(1234L * 1024, MemoryProbe.parseVmHwm(status));
    }

    @Test
    void aStatusWithoutVmHwmGivesMinusOne() {
        assertEquals(-1, MemoryProbe.parseVmHwm("Name:\tjava\n"));
    }
}
