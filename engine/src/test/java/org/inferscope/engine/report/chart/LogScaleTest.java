package org.inferscope.engine.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inferscope.engine.testing.SvgDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class LogScaleTest {
    @TempDir
    Path temp;

    @Test
    void theAxisCoversWholeDecadesWithTicksAtOneTwoAndFive() {
        LogScale scale = LogScale.covering(38, 910);
        assertEquals(10, scale.min(), 1e-9);
        assertEquals(1000, scale.max(), 1e-9);
        assertEquals(List.of(10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0), scale.ticks());
        assertEquals("1,000", scale.label(1000));
        assertEquals("0.02", LogScale.covering(0.02, 0.5).label(0.02));
    }

    @Test
    void equalRatiosTakeEqualDistancesAndValueAtInvertsMap() {
        LogScale scale = new LogScale(1, 3);
        assertEquals(0, scale.map(10, 0, 200), 1e-9);
        assertEquals(100, scale.map(100, 0, 200), 1e-9);
        assertEquals(200, scale.map(1000, 0, 200), 1e-9);
        assertEquals(316.2278, scale.valueAt(150, 0, 200), 1e-3);
    }

    @Test
    void manyDecadesTickAtPowersOfTenOnly() {
        assertEquals(List.of(1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0), new LogScale(0, 5).ticks());
    }

    @Test
    void barsTurnLogarithmicOnlyWhenTheySpreadTenfold() {
        BarChartModel.Series fp32 = new BarChartModel.Series("FP32", "#0072B2", ordered(40.0, 900.0));
        BarChartModel spread = BarChartModel.of("latencyChart", "Single-row latency", "", "µs", List.of(fp32));
        assertTrue(spread.logWhenSpread(10).logScale());
        assertTrue(spread.logWhenSpread(10).scale().logarithmic());
        BarChartModel.Series even = new BarChartModel.Series("FP32", "#0072B2", ordered(40.0, 90.0));
        BarChartModel close = BarChartModel.of("latencyChart", "Single-row latency", "", "µs", List.of(even));
        assertFalse(close.logWhenSpread(10).logScale());
        assertEquals(0, close.scale().min());
    }

    @Test
    void aLogBarChartSaysSoAndItsBarsStandOnTheAxisFloor() throws Exception {
        BarChartModel.Series fp32 = new BarChartModel.Series("FP32", "#0072B2", ordered(40.0, 900.0));
        BarChartModel chart = BarChartModel.of("latencyChart", "Single-row latency", "", "µs", List.of(fp32))
                .logWhenSpread(10);
        Path file = temp.resolve("latency.svg");
        ChartSvg.write(chart, file);
        String svg = java.nio.file.Files.readString(file);
        assertTrue(svg.contains("µs (log scale)"), "the axis title says the scale");
        List<Element> bars = SvgDocuments.withClass(SvgDocuments.parse(file), "rect", "bar");
        assertEquals(2, bars.size());
        double bottom0 = Double.parseDouble(bars.get(0).getAttribute("y")) + Double.parseDouble(bars.get(0).getAttribute("height"));
        double bottom1 = Double.parseDouble(bars.get(1).getAttribute("y")) + Double.parseDouble(bars.get(1).getAttribute("height"));
        assertEquals(bottom0, bottom1, 1e-6);
        double h0 = Double.parseDouble(bars.get(0).getAttribute("height"));
        double h1 = Double.parseDouble(bars.get(1).getAttribute("height"));
        // 10 -> 1000 over the plot: p50 = 40 sits at log10(4)/2 of it, p99 = 900 at (1 + log10(9)/1)/2
        assertEquals(Math.log10(4) / (1 + Math.log10(9)), h0 / h1, 1e-3);
    }

    /** p50 then p99, in that order (Map.of's order changes from run to run). */
    private static Map<String, Double> ordered(double p50, double p99) {
        Map<String, Double> m = new java.util.LinkedHashMap<>();
        m.put("p50", p50);
        m.put("p99", p99);
        return m;
    }
}
