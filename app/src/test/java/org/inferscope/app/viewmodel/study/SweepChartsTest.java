package org.inferscope.app.viewmodel.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.inferscope.engine.report.chart.LineChartModel;
import org.junit.jupiter.api.Test;

/** The charts' frontier in the plane they show, and the model the SVG export draws. */
class SweepChartsTest {

    private static PointsChart.Dot dot(String name, double p50, double accuracy, long size, boolean engineMark) {
        return new PointsChart.Dot(name, "#0072B2", p50, accuracy, accuracy - 1, accuracy + 1, size, engineMark);
    }

    @Test
    void acrossLatencyTheFrontierIsOverAccuracyLatencyAndSize() {
        List<PointsChart.Dot> dots = List.of(
                dot("fp32 b1", 30, 97.8, 1000, false),
                dot("fp32 b256", 50, 97.8, 1000, true), // the engine marks it for its throughput; slower single-row
                dot("int8 b1", 28, 97.8, 300, false),
                dot("pruned b1", 20, 86, 150, false),
                dot("pruned b256", 45, 86, 150, true));
        Set<String> ringed = SweepCharts.inPlane(dots, SweepAxis.P50_LATENCY, true).stream()
                .filter(PointsChart.Dot::onFrontier).map(PointsChart.Dot::name).collect(Collectors.toSet());
        assertEquals(Set.of("int8 b1", "pruned b1"), ringed);
        assertEquals(dots, SweepCharts.inPlane(dots, SweepAxis.THROUGHPUT, true), "across throughput: the engine's marks");
    }

    @Test
    void lowerMseIsBetterForRegression() {
        List<PointsChart.Dot> dots = List.of(dot("a", 10, 0.5, 100, false), dot("b", 10, 0.7, 100, false));
        List<PointsChart.Dot> marked = SweepCharts.inPlane(dots, SweepAxis.P50_LATENCY, false);
        assertTrue(marked.get(0).onFrontier());
        assertFalse(marked.get(1).onFrontier());
    }

    @Test
    void theModelHasTheFrontierFirstThenADotPerPointWithItsWhisker() {
        PointsChart chart = PointsChart.of("c", "t", "x", "y", List.of(dot("a", 10, 90, 100, true),
                dot("b", 5, 80, 50, true), dot("c", 20, 85, 100, false)), List.of(), "a", "Frontier (q, x, size)");
        LineChartModel m = chart.model();
        assertEquals("Frontier (q, x, size)", m.lines().get(0).name());
        assertEquals(List.of(5.0, 10.0), m.lines().get(0).points().stream().map(LineChartModel.Point::x).toList(),
                "joined left to right");
        assertEquals(4, m.lines().size());
        assertTrue(m.lines().subList(1, 4).stream().allMatch(l -> l.points().size() == 1 && l.points().get(0).hasInterval()));
        assertEquals(Set.of("a", "b"), chart.onFrontier());
        assertEquals("a", chart.highlighted());
        assertFalse(chart.isPoint(m.lines().get(0)));
    }
}
