package org.inferscope.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.LatencySummary;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.ThroughputPoint;
import org.inferscope.engine.testing.SampleResults;
import org.junit.jupiter.api.Test;

class EdgeOrCloudTest {

    private static RunResult result(double p50Micros, double rowsPerSecondAt256) {
        RunResult r = SampleResults.classification();
        return new RunResult(r.schemaVersion(), r.model(), r.dataset(), r.quality(),
                new LatencySummary(100, p50Micros, p50Micros, p50Micros, p50Micros, p50Micros, p50Micros, p50Micros, 0),
                List.of(new ThroughputPoint(256, rowsPerSecondAt256, rowsPerSecondAt256, rowsPerSecondAt256, 5, 256)),
                r.memory(), List.of(), r.provenance(), null, null);
    }

    @Test
    void theRoundTripDecidesSingleRowsAndTheRemoteWinsLargeBatches() {
        List<EdgeOrCloud.Comparison> c = EdgeOrCloud.compare(result(1000, 10_000), result(100, 200_000),
                new EdgeOrCloud.Link(5, 100), 256, 40);
        EdgeOrCloud.Comparison one = c.get(0);
        assertEquals(1, one.batchSize());
        assertEquals("local", one.faster(), one.toString());
        assertEquals(1.0 - 0.1 - 296 * 8 / 1e8 * 1e3, one.breakEvenRoundTripMillis(), 1e-9);
        EdgeOrCloud.Comparison large = c.get(1);
        assertEquals(25.6, large.localMillis(), 1e-9);
        assertEquals(256 * 296 * 8 / 1e8 * 1e3, large.transferMillis(), 1e-9);
        assertEquals("remote", large.faster(), large.toString());
    }

    @Test
    void aSlowLinkMakesTheLocalDeviceWinEverywhere() {
        List<EdgeOrCloud.Comparison> c = EdgeOrCloud.compare(result(1000, 10_000), result(100, 200_000),
                new EdgeOrCloud.Link(50, 1), 256, 40);
        c.forEach(x -> assertEquals("local", x.faster(), x.toString()));
    }

    @Test
    void aLinkWithoutBandwidthIsRefused() {
        assertThrows(BadInputException.class, () -> new EdgeOrCloud.Link(1, 0));
    }
}
