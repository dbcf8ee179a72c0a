package org.inferscope.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inferscope.engine.api.CalibrationMethod;
import org.inferscope.engine.api.Fidelity;
import org.inferscope.engine.api.LayerChange;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.PruningScope;
import org.inferscope.engine.api.Quality;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.SkippedLayer;
import org.inferscope.engine.api.TransformReport;
import org.inferscope.engine.api.TransformSpec;
import org.junit.jupiter.api.Test;

/** The details panel's text for a run, from the engine's transform report, fidelity and notes. */
class RunDetailsTest {

    @Test
    void anOriginalRunSaysSoAndWhereItRan() {
        RunDetails details = RunDetails.of(SampleRows.classification(0, "m · FP32", 0.9, 50));
        assertEquals("m · FP32", details.title());
        assertEquals(List.of("Transform", RunDetails.MEASURED, "Where it ran"), headings(details));
        assertEquals("The original model, unchanged.", details.sections().get(0).lines().get(0));
        assertTrue(details.sections().get(2).lines().contains("CPU features: avx2"));
    }

    @Test
    void aRunWithoutSamplesSaysInOneSentenceThatItHasNoIntervalsAndGivesItsPeakMemory() {
        RunDetails details = RunDetails.of(SampleRows.classification(0, "m · FP32", 0.9, 50));
        assertEquals(List.of("Confidence intervals are unavailable: this run was imported or saved before InferScope"
                + " kept raw samples.", "Peak resident memory: 1 B"), details.sections().get(1).lines());
    }

    @Test
    void aRunWithSamplesShowsItsIntervalsMemoryAndWhyEnergyIsNotMeasured() {
        List<String> lines = RunDetails.of(SampledRows.of(0, "m · FP32", 95, 100, 10_000)).sections().get(1).lines();
        assertEquals(6, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("Accuracy: 95\\.00% \\[\\d+\\.\\d\\d, \\d+\\.\\d\\d\\]"), lines.get(0));
        assertTrue(lines.get(1).matches("Latency p50: \\d+(\\.\\d)? µs \\[\\d.*, \\d.*\\]"), lines.get(1));
        assertTrue(lines.get(2).startsWith("Latency p99: "), lines.get(2));
        assertTrue(lines.get(3).startsWith("Throughput at batch 32: "), lines.get(3));
        assertEquals("Peak resident memory: 1 B", lines.get(4));
        assertEquals("Energy per 1,000 inferences: " + SampledRows.NO_RAPL, lines.get(5));
    }

    @Test
    void anInt8RunListsItsLayersSkipsFidelityAndTheWhyNotFasterNote() {
        ComparisonRow base = SampleRows.classification(1, "m · INT8 dynamic", 0.88, 40);
        TransformSpec spec = new TransformSpec(Precision.INT8_DYNAMIC, false, CalibrationMethod.MIN_MAX, 99.99, 300, 0,
                false, PruningScope.PER_LAYER);
        TransformReport report = new TransformReport(spec, "INT8 dynamic, per-tensor: 1 of 2 MatMul layers quantized",
                List.of(new LayerChange("fc1", "MatMul", "INT8 per-tensor weights", 8192, 8192, 0)),
                List.of(new SkippedLayer("fc2", "MatMul", "feeds the graph output")), 340_000, 90_000, 80_000, 0, List.of());
        Fidelity fidelity = new Fidelity(359, 0.985, 0.02, 0.003, 1e-5, "output",
                Quality.classification(359, 0.9, 0.9, List.of(), List.of("a", "b"), new long[][] {{1, 0}, {0, 1}}, 0));
        RunResult r = base.result();
        String why = "this CPU (AMD EPYC) has no int8 dot-product instructions (no AVX-512 VNNI, ...)";
        RunResult int8 = new RunResult(r.schemaVersion(), r.model(), r.dataset(), r.quality(), r.latency(), r.throughput(),
                r.memory(), List.of(why), r.provenance(), report, fidelity);
        RunDetails details = RunDetails.of(new ComparisonRow(base.label(), base.colour(), int8));
        assertEquals(List.of("Transform", "Left as they were", "Fidelity to the original", "Notes", RunDetails.MEASURED,
                "Where it ran"), headings(details));
        List<String> transform = details.sections().get(0).lines();
        assertEquals("fc1 (MatMul): INT8 per-tensor weights, 8,192 weights", transform.get(1));
        assertEquals("Size: 332.0 KB → 87.9 KB (78.1 KB gzip-compressed)", transform.get(2));
        assertEquals("fc2 (MatMul): feeds the graph output", details.sections().get(1).lines().get(0));
        List<String> fidelityLines = details.sections().get(2).lines();
        assertTrue(fidelityLines.contains("Top-1 agreement: 98.50%"), fidelityLines.toString());
        assertTrue(fidelityLines.contains("Accuracy: 90.00% → 88.00% (-2.00 pts)"), fidelityLines.toString());
        assertEquals(List.of(why), details.sections().get(3).lines());
    }

    @Test
    void selectingARunInTheComparisonShowsItsDetailsAndReopeningClearsThem() {
        ComparisonRows rows = new ComparisonRows();
        ComparisonRow row = SampleRows.classification(0, "m · FP32", 0.9, 50);
        rows.setAll(List.of(row));
        assertTrue(rows.detailsProperty().get().sections().isEmpty());
        rows.selectedProperty().set(row);
        assertEquals("m · FP32", rows.detailsProperty().get().title());
        rows.setAll(List.of());
        assertTrue(rows.detailsProperty().get().sections().isEmpty());
    }

    private static List<String> headings(RunDetails details) {
        return details.sections().stream().map(RunDetails.Section::heading).toList();
    }
}
