package org.inferscope.engine.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.bench.Evaluation;
import org.inferscope.engine.bench.RoundTiming;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.resources.EnergyMeter;
import org.inferscope.engine.sweep.SampledEvaluation;
import org.inferscope.engine.testing.FakeBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RobustnessCurveTest {

    @TempDir
    Path dir;

    private List<RobustnessCurve.Point> curve(Perturbation.Kind kind, List<Double> levels) throws IOException {
        FakeBackend backend = new FakeBackend(3);
        RobustnessCurve curve = new RobustnessCurve(new SampledEvaluation(new Evaluation(
                new ProviderRegistry(List.of(backend)), new RoundTiming(Duration.ZERO, 1)),
                new EnergyMeter(dir.resolve("none"))));
        return curve.measure(RunSpec.of(FakeBackend.model(dir.resolve("m.fake")), Path.of("fake.csv")),
                FakeBackend.dataset(300, 3, 1), kind, levels, null, null);
    }

    @Test
    void accuracyFallsAsDropoutRises() throws IOException {
        List<RobustnessCurve.Point> points = curve(Perturbation.Kind.FEATURE_DROPOUT, List.of(0.0, 0.5, 1.0));
        assertEquals(1.0, points.get(0).accuracy().estimate(), 1e-12, "level 0 is the unperturbed accuracy");
        assertTrue(points.get(1).accuracy().estimate() < 0.8, points.get(1).toString());
        // every feature 0: the argmax is column 0, right for a third of the rows
        assertEquals(1 / 3.0, points.get(2).accuracy().estimate(), 1e-12);
    }

    @Test
    void strongNoiseCostsAccuracyAndTheLevelsAreSeeded() throws IOException {
        List<RobustnessCurve.Point> a = curve(Perturbation.Kind.GAUSSIAN_NOISE, List.of(0.0, 3.0));
        List<RobustnessCurve.Point> b = curve(Perturbation.Kind.GAUSSIAN_NOISE, List.of(0.0, 3.0));
        assertTrue(a.get(1).accuracy().estimate() < 0.9, a.toString());
        assertEquals(a, b);
    }

    @Test
    void perturbingLeavesTheOriginalDatasetAlone() {
        Dataset d = FakeBackend.dataset(10, 3, 1);
        float[] before = d.features().values().clone();
        new Perturbation(Perturbation.Kind.GAUSSIAN_NOISE, 1).apply(d, 1);
        assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(d.features().values()));
    }
}
