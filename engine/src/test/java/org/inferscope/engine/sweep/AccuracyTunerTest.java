package org.inferscope.engine.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.RunMode;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.Scaling;
import org.inferscope.engine.bench.Evaluation;
import org.inferscope.engine.bench.RoundTiming;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.resources.EnergyMeter;
import org.inferscope.engine.stats.Verdict;
import org.inferscope.engine.testing.FakeBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fake backend's original spins 200 µs per row and its INT8 variants a tenth of that; pruning at
 * 50 % or more loses a third of the rows. The speed gap is 10x, so the verdict does not hang on noise.
 */
class AccuracyTunerTest {

    @TempDir
    Path dir;

    private TuningResult tune(List<SweepConfiguration> candidates, Duration budget) throws IOException {
        FakeBackend backend = new FakeBackend(3).spinning(200_000);
        Evaluation evaluation = new Evaluation(new ProviderRegistry(List.of(backend)), new RoundTiming(Duration.ZERO, 1));
        RunSpec base = new RunSpec(FakeBackend.model(dir.resolve("m.fake")), Path.of("fake.csv"),
                DatasetOptions.defaults(), null, Scaling.NONE, Set.of(RunMode.ONLINE), List.of(1), 1, 30, 0, 7L, List.of());
        AccuracyTuner tuner = new AccuracyTuner(new SampledEvaluation(evaluation, new EnergyMeter(dir.resolve("none"))));
        return tuner.tune(base, FakeBackend.dataset(30, 3, 1),
                new AccuracyTuner.Settings(TuningObjective.THROUGHPUT, 4, 1, budget, candidates, 3), null, null);
    }

    private static SweepConfiguration c(Precision p, double sparsity) {
        return new SweepConfiguration(null, p, sparsity, true, 4);
    }

    @Test
    void findsTheFastAccurateVariantAndSkipsWhatCannotQualify() throws IOException {
        TuningResult r = tune(List.of(c(Precision.FP32, 0.5), c(Precision.FP32, 0.75), c(Precision.INT8_DYNAMIC, 0),
                c(Precision.INT8_WEIGHTS, 0)), Duration.ofMinutes(5));
        assertNotNull(r.winner(), r.verdict());
        assertEquals(Precision.INT8_DYNAMIC, r.winner().configuration().precision());
        assertEquals(Verdict.B_BETTER, r.speed().verdict());
        assertEquals(Verdict.NO_SIGNIFICANT_DIFFERENCE, r.accuracy().verdict());
        assertTrue(r.verdict().startsWith("int8-dynamic, batch 4 is the fastest configuration within 1 point"), r.verdict());
        assertEquals(4, r.evaluated().size(), "FP32, pruned 50%, INT8, FP32 again");
        assertTrue(r.notes().get(0).startsWith("FP32 measured "), r.notes().toString());
        assertEquals(2, r.untried().size());
        assertTrue(r.untried().get(0).contains("50% already lost too much"), r.untried().toString());
        assertTrue(r.untried().get(1).contains("int8-weights"), r.untried().toString());
        assertTrue(r.evaluated().stream().filter(PointSummary::onFrontier).anyMatch(p -> p.index() == r.winner().index()));
    }

    @Test
    void aVariantThatLosesTooMuchIsNeverTheAnswer() throws IOException {
        TuningResult r = tune(List.of(c(Precision.INT8_DYNAMIC, 0.5)), Duration.ofMinutes(5));
        assertNull(r.winner());
        assertNull(r.best());
        assertTrue(r.verdict().startsWith("No configuration stays within 1 point of FP32"), r.verdict());
    }

    @Test
    void aSpentBudgetMeasuresOnlyTheOriginalAndSaysSo() throws IOException {
        TuningResult r = tune(List.of(c(Precision.INT8_DYNAMIC, 0)), Duration.ZERO);
        assertEquals(1, r.evaluated().size());
        assertTrue(r.untried().get(0).contains("time budget"), r.untried().toString());
        assertTrue(r.verdict().startsWith("No configuration besides FP32 could be measured"), r.verdict());
    }
}
