package org.inferscope.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.inferscope.app.viewmodel.RunDeltas.Verdict;
import org.junit.jupiter.api.Test;

/** Deltas against the baseline: signs, units, and which direction is better for each measure. */
class RunDeltasTest {

    @Test
    void fasterSmallerAndHigherThroughputAreBetter() {
        ComparisonRow base = SampleRows.classification(0, "base", 0.9, 100);
        ComparisonRow fast = SampleRows.classification(1, "fast", 0.9, 80);
        RunDeltas d = RunDeltas.of(fast, base);
        assertEquals("\u221220.0%", d.p50().text());
        assertEquals(Verdict.BETTER, d.p50().verdict());
        assertEquals(Verdict.BETTER, d.throughput().verdict());
        assertEquals(d.throughput().text().startsWith("+"), true);
        assertEquals("±0 pts", d.quality().text());
        assertEquals(Verdict.SAME, d.quality().verdict());
        // SampleRows makes each index 1 KB larger
        assertEquals(Verdict.WORSE, d.size().verdict());
        assertEquals("+2.5%", d.size().text());
    }

    @Test
    void aLowerMseIsBetterAndIsARelativeChange() {
        ComparisonRow base = SampleRows.regression(0, "base", 2.0, 10);
        ComparisonRow better = SampleRows.regression(0, "better", 1.5, 10);
        assertEquals(new RunDeltas.Delta("\u221225.0%", Verdict.BETTER), RunDeltas.of(better, base).quality());
    }

    @Test
    void unmeasuredNumbersAndMixedTasksHaveNoDelta() {
        ComparisonRow base = SampleRows.classification(0, "base", 0.9, Double.NaN);
        ComparisonRow regression = SampleRows.regression(0, "r", 1.0, 10);
        RunDeltas d = RunDeltas.of(regression, base);
        assertEquals("—", d.p50().text());
        assertEquals("—", d.quality().text());
        assertEquals(Verdict.NONE, d.quality().verdict());
        assertEquals("—", RunDeltas.of(base, null).size().text());
    }
}
