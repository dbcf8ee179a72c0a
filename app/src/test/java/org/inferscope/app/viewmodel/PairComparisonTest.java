package org.inferscope.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two runs compared with intervals and McNemar's test, as the details panel shows it, without JavaFX. */
class PairComparisonTest {
    final ComparisonRow slow = SampledRows.of(0, "m · FP32", 95, 100, 10_000);
    final ComparisonRow fast = SampledRows.of(1, "m · INT8 dynamic", 94, 50, 20_000);

    @Test
    void aClearlyFasterRunIsCalledFasterWithItsIntervals() {
        RunDetails pair = PairComparison.of(slow, fast);
        assertEquals("A: m · FP32  ·  B: m · INT8 dynamic", pair.title());
        assertEquals(List.of("Accuracy", "Latency, B − A", "Throughput, B − A"),
                pair.sections().stream().map(RunDetails.Section::heading).toList());
        List<String> latency = pair.sections().get(1).lines();
        assertTrue(latency.get(0).matches("p50: A \\d+(\\.\\d)? µs \\[.*\\], B .*; B − A −\\d.* µs \\[−.*\\]: B is faster"),
                latency.get(0));
        assertTrue(latency.get(1).startsWith("p99: ") && latency.get(1).endsWith(": B is faster"), latency.get(1));
        String batch = pair.sections().get(2).lines().get(0);
        assertTrue(batch.startsWith("Batch 32: A 9,") && batch.contains(" rows/s [") && batch.endsWith(": B is faster"), batch);
    }

    @Test
    void mcNemarCountsTheRowsOnlyOneRunGotRightAndFindsNoDifferenceInOne() {
        List<String> accuracy = PairComparison.of(slow, fast).sections().get(0).lines();
        assertEquals("A 95.00% [", accuracy.get(0).substring(0, 10));
        assertTrue(accuracy.get(0).contains(", B 94.00% ["), accuracy.get(0));
        assertEquals("McNemar: 1 rows right only in A, 0 only in B, p = 1.0000: no significant difference",
                accuracy.get(1));
    }

    @Test
    void twoRunsOfTheSameSpeedShowNoSignificantDifference() {
        ComparisonRow again = SampledRows.of(2, "m · FP32 again", 95, 100, 10_000);
        List<String> latency = PairComparison.of(slow, again).sections().get(1).lines();
        assertTrue(latency.get(0).endsWith(": no significant difference"), latency.get(0));
        assertFalse(String.join("\n", latency).contains("faster"));
    }

    @Test
    void aRunWithoutSamplesOrOnAnotherDatasetIsOneSentence() {
        ComparisonRow imported = SampleRows.classification(3, "m · imported", 0.9, 50);
        RunDetails refused = PairComparison.of(slow, imported);
        assertEquals(PairComparison.NOT_COMPARED, refused.sections().get(0).heading());
        assertEquals(List.of("“m · imported” has no raw samples (it was imported or saved before InferScope kept"
                + " them), so the two runs cannot be compared with intervals."), refused.sections().get(0).lines());
        RunDetails other = PairComparison.of(slow, SampledRows.onRows(4, "m · other data", 1797));
        assertEquals(List.of("The two runs scored different datasets (100 and 1,797 rows), so they cannot be compared"
                + " row by row."), other.sections().get(0).lines());
    }

    @Test
    void theTablesTwoSelectedRunsAreComparedInTheDetailsPanelAndOneIsNot() {
        ComparisonRows rows = new ComparisonRows();
        rows.setAll(List.of(slow, fast));
        rows.setSelection(List.of(fast));
        assertFalse(rows.canCompareProperty().get());
        rows.compareSelected();
        assertTrue(rows.detailsProperty().get().sections().get(0).lines().get(0).startsWith("Select two runs"));
        rows.setSelection(List.of(fast, slow));
        assertTrue(rows.canCompareProperty().get());
        rows.compareSelected();
        assertEquals("A: m · FP32  ·  B: m · INT8 dynamic", rows.detailsProperty().get().title());
        rows.selectedProperty().set(fast);
        assertEquals("m · INT8 dynamic", rows.detailsProperty().get().title());
    }
}
