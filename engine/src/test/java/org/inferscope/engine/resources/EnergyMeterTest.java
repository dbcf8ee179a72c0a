package org.inferscope.engine.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnergyMeterTest {

    @TempDir
    Path dir;

    private void zone(String name, long energy, long range) throws IOException {
        Path z = Files.createDirectories(dir.resolve(name));
        Files.writeString(z.resolve("energy_uj"), energy + "\n");
        Files.writeString(z.resolve("max_energy_range_uj"), range + "\n");
    }

    @Test
    void packagesAreSummedAndSubZonesAreNotCountedTwice() throws IOException {
        zone("intel-rapl:0", 1_000_000, 10_000_000);
        zone("intel-rapl:0:0", 900_000, 10_000_000);
        zone("intel-rapl:1", 2_000_000, 10_000_000);
        EnergyMeter meter = new EnergyMeter(dir);
        EnergyMeter.Sample start = meter.read();
        zone("intel-rapl:0", 3_000_000, 10_000_000);
        zone("intel-rapl:1", 4_000_000, 10_000_000);
        EnergyReading r = EnergyMeter.between(start, meter.read(), 2000);
        assertTrue(r.measured());
        assertEquals(2.0, r.joulesPer1000(), 1e-12, "4 J over 2,000 rows");
    }

    @Test
    void aWrappedCounterAddsItsRange() throws IOException {
        zone("intel-rapl:0", 9_500_000, 10_000_000);
        EnergyMeter meter = new EnergyMeter(dir);
        EnergyMeter.Sample start = meter.read();
        zone("intel-rapl:0", 500_000, 10_000_000);
        assertEquals(1.0, EnergyMeter.between(start, meter.read(), 1000).joulesPer1000(), 1e-12);
    }

    @Test
    void withoutCountersTheReadingSaysWhy() {
        EnergyReading r = EnergyMeter.between(new EnergyMeter(dir.resolve("absent")).read(),
                new EnergyMeter(dir.resolve("absent")).read(), 10);
        assertFalse(r.measured());
        assertNull(r.joulesPer1000());
        assertTrue(r.reason().startsWith("not measurable on this machine"), r.reason());
    }
}
