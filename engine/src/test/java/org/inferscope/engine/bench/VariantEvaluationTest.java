package org.inferscope.engine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.inferscope.engine.api.CalibrationMethod;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.Fidelity;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.PruningScope;
import org.inferscope.engine.api.RunMode;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.Scaling;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.testing.TestDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantEvaluationTest {

    @TempDir
    Path dir;

    private static final float[][] IDENTITY = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

    private static Dataset threeClasses() {
        float[] x = {5, 1, 0, 0, 4, 1, 1, 0, 3, 2, 1, 0, 0, 0, 9};
        return TestDatasets.classification("three.csv", 3, x, new int[] {0, 1, 2, 1, 0}, List.of("a", "b", "c"));
    }

    private RunResult runVariant(LinearProvider provider, TransformSpec transform) throws IOException {
        Path model = Files.writeString(dir.resolve("m.lin"), "linear");
        RunSpec spec = new RunSpec(model, Path.of("three.csv"), DatasetOptions.defaults(), null, Scaling.NONE,
                Set.of(RunMode.ONLINE), List.of(), 1, 4, 0, 7L, List.of(), transform);
        return new Evaluation(new ProviderRegistry(List.of(provider)), new RoundTiming(Duration.ZERO, 3))
                .run(spec, threeClasses(), null, null);
    }

    private static TransformSpec pruned(double sparsity, int calibrationRows) {
        return new TransformSpec(Precision.FP32, false, CalibrationMethod.MIN_MAX, 99.99, calibrationRows, sparsity,
                false, PruningScope.PER_LAYER);
    }

    @Test
    void aVariantIsMeasuredWithItsFidelityToTheOriginal() throws IOException {
        LinearProvider p = new LinearProvider(IDENTITY, -1, "scores");
        RunResult r = runVariant(p, pruned(0.5, 300));
        Fidelity f = r.fidelity();
        assertNotNull(f);
        // every score halves: the argmax never moves, the largest score (9) moves by 4.5
        assertEquals(1.0, f.top1Agreement(), 1e-12);
        assertEquals(4.5, f.maxAbsDiff(), 1e-12);
        double sumAbs = 0.5 * (5 + 1 + 4 + 1 + 1 + 3 + 2 + 1 + 9);
        assertEquals(sumAbs / 15, f.meanAbsDiff(), 1e-12);
        assertEquals(0.6, f.original().accuracy(), 1e-12);
        assertEquals(0.6, r.quality().accuracy(), 1e-12);
        assertEquals("scaled", r.transform().summary());
        assertTrue(r.notes().contains("a variant made by the test double"));
        assertEquals(4, r.latency().samples());
    }

    @Test
    void theVariantFileIsRemovedAfterTheRun() throws IOException {
        LinearProvider p = new LinearProvider(IDENTITY, -1, "scores");
        runVariant(p, pruned(0.25, 300));
        assertEquals(1, p.variantsWritten.size());
        assertFalse(Files.exists(p.variantsWritten.get(0)));
    }

    @Test
    void calibrationGetsASeededSampleOfPreparedRows() throws IOException {
        LinearProvider p = new LinearProvider(IDENTITY, -1, "scores");
        runVariant(p, pruned(0.1, 3));
        var calibration = p.calibrations.get(0);
        assertEquals(3, calibration.rows());
        assertEquals(9, calibration.values().length);
        assertEquals(List.of(3L), java.util.Arrays.stream(calibration.rowShape()).boxed().toList());
        runVariant(p, pruned(0.1, 3));
        assertEquals(java.util.Arrays.toString(calibration.values()),
                java.util.Arrays.toString(p.calibrations.get(1).values()), "the same seed gives the same sample");
    }

    @Test
    void theOriginalRunHasNoTransformAndNoFidelity() throws IOException {
        LinearProvider p = new LinearProvider(IDENTITY, -1, "scores");
        RunResult r = runVariant(p, TransformSpec.none());
        assertNull(r.transform());
        assertNull(r.fidelity());
        assertTrue(p.variantsWritten.isEmpty());
    }
}
