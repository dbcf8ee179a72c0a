package org.inferscope.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParetoFrontierTest {

    private static List<String> labels(List<ComparisonRow> rows) {
        return rows.stream().map(ComparisonRow::label).toList();
    }

    @Test
    void dominatedConfigurationsAreLeftOffAndTheRestComeFastestFirst() {
        ComparisonRow fp32 = SampleRows.classification(0, "fp32", 0.97, 40);
        ComparisonRow int8 = SampleRows.classification(1, "int8", 0.95, 20);
        ComparisonRow slowAndWorse = SampleRows.classification(2, "pruned", 0.90, 45);
        ComparisonRow fastest = SampleRows.classification(3, "tiny", 0.60, 5);
        assertEquals(List.of("tiny", "int8", "fp32"), labels(ParetoFrontier.of(List.of(fp32, int8, slowAndWorse, fastest))));
    }

    @Test
    void aSinglePointIsItsOwnFrontier() {
        assertEquals(List.of("only"), labels(ParetoFrontier.of(List.of(SampleRows.classification(0, "only", 0.5, 10)))));
    }

    @Test
    void noRowsGiveNoFrontier() {
        assertEquals(List.of(), ParetoFrontier.of(List.of()));
    }

    @Test
    void ofTwoEquallyFastRowsTheLessAccurateIsDominated() {
        ComparisonRow good = SampleRows.classification(0, "good", 0.9, 10);
        ComparisonRow worse = SampleRows.classification(1, "worse", 0.8, 10);
        assertEquals(List.of("good"), labels(ParetoFrontier.of(List.of(worse, good))));
    }

    @Test
    void ofTwoEquallyAccurateRowsTheSlowerIsDominated() {
        ComparisonRow fast = SampleRows.classification(0, "fast", 0.9, 10);
        ComparisonRow slow = SampleRows.classification(1, "slow", 0.9, 12);
        assertEquals(List.of("fast"), labels(ParetoFrontier.of(List.of(slow, fast))));
    }

    @Test
    void identicalRowsBothStayOnTheFrontier() {
        ComparisonRow a = SampleRows.classification(0, "a", 0.9, 10);
        ComparisonRow b = SampleRows.classification(1, "b", 0.9, 10);
        assertEquals(List.of("a", "b"), labels(ParetoFrontier.of(List.of(a, b))));
    }

    @Test
    void forRegressionLowerMseIsBetter() {
        ComparisonRow precise = SampleRows.regression(0, "precise", 0.10, 40);
        ComparisonRow fastRough = SampleRows.regression(1, "fast", 0.30, 10);
        ComparisonRow slowRough = SampleRows.regression(2, "slow and rough", 0.50, 50);
        assertEquals(List.of("fast", "precise"), labels(ParetoFrontier.of(List.of(precise, fastRough, slowRough))));
    }

    @Test
    void rowsWithoutALatencyOrOfAnotherTaskAreNotPlotted() {
        ComparisonRow first = SampleRows.classification(0, "first", 0.9, 10);
        ComparisonRow noLatency = SampleRows.classification(1, "batch only", 0.99, Double.NaN);
        ComparisonRow regression = SampleRows.regression(2, "regression", 0.01, 1);
        assertEquals(List.of("first"), labels(ParetoFrontier.comparable(List.of(first, noLatency, regression))));
        assertEquals(List.of("first"), labels(ParetoFrontier.of(List.of(first, noLatency, regression))));
    }
}
