package org.inferscope.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Including and excluding runs, and the baseline of the deltas, without JavaFX. */
class ComparisonRowsTest {
    final ComparisonRow fp32 = SampleRows.classification(0, "m · FP32", 0.95, 100);
    final ComparisonRow int8 = SampleRows.classification(1, "m · INT8 dynamic", 0.94, 50);
    final ComparisonRow pruned = SampleRows.classification(2, "m · FP32 · 50% structured", 0.90, 40);
    final ComparisonRows rows = new ComparisonRows();

    @Test
    void anExcludedRunLeavesTheChartsButStaysInTheTable() {
        rows.setAll(List.of(fp32, int8, pruned));
        rows.includedProperty(int8).set(false);
        assertEquals(List.of(fp32, int8, pruned), rows.all());
        assertEquals(List.of(fp32, pruned), rows.included());
        rows.includedProperty(int8).set(true);
        assertEquals(List.of(fp32, int8, pruned), rows.included());
    }

    @Test
    void newRunsAreIncludedAndAFreshComparisonIncludesEverything() {
        rows.setAll(List.of(fp32));
        rows.includedProperty(fp32).set(false);
        rows.add(int8);
        assertEquals(List.of(int8), rows.included());
        rows.setAll(List.of(fp32, int8));
        assertEquals(List.of(fp32, int8), rows.included());
    }

    @Test
    void theFirstRunIsTheBaselineUntilAnotherIsChosen() {
        assertNull(rows.baselineProperty().get());
        rows.add(fp32);
        rows.add(int8);
        assertSame(fp32, rows.baselineProperty().get());
        assertEquals("baseline", rows.deltas(fp32).p50().text());
        assertEquals("\u221250.0%", rows.deltas(int8).p50().text());
        assertEquals(RunDeltas.Verdict.BETTER, rows.deltas(int8).p50().verdict());
        assertEquals("\u22121.0 pts", rows.deltas(int8).quality().text());
        assertEquals(RunDeltas.Verdict.WORSE, rows.deltas(int8).quality().verdict());

        rows.setBaseline(int8);
        assertSame(int8, rows.baselineProperty().get());
        assertEquals("+100.0%", rows.deltas(fp32).p50().text());
        assertEquals(RunDeltas.Verdict.WORSE, rows.deltas(fp32).p50().verdict());
        assertEquals("+1.0 pts", rows.deltas(fp32).quality().text());
    }

    @Test
    void aRowFromElsewhereCannotBeTheBaselineAndReopeningResetsIt() {
        rows.setAll(List.of(fp32, int8));
        rows.setBaseline(pruned);
        assertSame(fp32, rows.baselineProperty().get());
        rows.setBaseline(int8);
        rows.setAll(List.of(pruned));
        assertSame(pruned, rows.baselineProperty().get());
    }
}
