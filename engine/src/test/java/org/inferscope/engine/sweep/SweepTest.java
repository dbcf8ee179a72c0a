package org.inferscope.engine.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.RunMode;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.Scaling;
import org.inferscope.engine.bench.CancellationToken;
import org.inferscope.engine.bench.Evaluation;
import org.inferscope.engine.bench.RoundTiming;
import org.inferscope.engine.bench.RunCancelledException;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.resources.EnergyMeter;
import org.inferscope.engine.testing.FakeBackend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTest {

    @TempDir
    Path dir;

    private FakeBackend backend;
    private Dataset data;
    private Path model;

    @BeforeEach
    void setUp() throws IOException {
        backend = new FakeBackend(3);
        data = FakeBackend.dataset(30, 3, 1);
        model = FakeBackend.model(dir.resolve("m.fake"));
    }

    private Sweep sweep() {
        Evaluation evaluation = new Evaluation(new ProviderRegistry(List.of(backend)), new RoundTiming(Duration.ZERO, 1));
        return new Sweep(new SampledEvaluation(evaluation, new EnergyMeter(dir.resolve("no-powercap"))));
    }

    private SweepPlan plan(List<Precision> precisions) {
        RunSpec base = new RunSpec(model, Path.of("fake.csv"), DatasetOptions.defaults(), null, Scaling.NONE,
                Set.of(RunMode.ONLINE, RunMode.BATCH), List.of(1), 1, 20, 0, 7L, List.of());
        return new SweepPlan(SweepPlan.SCHEMA_VERSION, base, List.of(), precisions, List.of(0.0, 0.5), true,
                List.of(1, 4, 8), 0);
    }

    private static final List<Precision> TWO = List.of(Precision.FP32, Precision.INT8_DYNAMIC);

    @Test
    void twelveConfigurationsAreMeasuredAndSavedOnceEach() {
        SweepPlan plan = plan(TWO);
        SweepStore store = SweepStore.open(dir.resolve("out"), plan, false);
        List<SweepPoint> points = sweep().run(plan, data, store, null, null);
        assertEquals(12, points.size());
        assertEquals(12, store.points().size());
        for (SweepPoint p : points) {
            assertEquals(PointStatus.DONE, p.status());
            double accuracy = p.run().result().quality().accuracy();
            assertEquals(p.configuration().sparsity() >= 0.5 ? 2 / 3.0 : 1.0, accuracy, 1e-9, p.configuration().label());
            assertEquals(20, p.run().latencyNanos().length);
            assertEquals(30, p.run().correct().length());
        }
        SweepReport report = SweepReport.of(plan, points, 1);
        assertEquals(12, report.points().size());
        assertTrue(report.points().stream().anyMatch(PointSummary::onFrontier));
        PointSummary pruned = report.points().stream().filter(s -> s.configuration().sparsity() > 0).findFirst().orElseThrow();
        assertTrue(pruned.statistics().accuracy().upper() < 1.0, "the pruned variant's interval is below 100%");
        assertTrue(pruned.statistics().energy().reason().startsWith("not measurable"));
    }

    @Test
    void aCancelledSweepResumesWithoutLosingOrRepeatingAPoint() {
        SweepPlan plan = plan(TWO);
        CancellationToken cancel = new CancellationToken();
        SweepListener cancelAfterFive = new SweepListener() {
            @Override
            public void onPointSaved(SweepPoint point, int done, int total, Duration remaining) {
                if (done == 5) {
                    cancel.cancel();
                }
            }
        };
        SweepStore store = SweepStore.open(dir.resolve("out"), plan, false);
        assertThrows(RunCancelledException.class, () -> sweep().run(plan, data, store, cancelAfterFive, cancel));
        Map<String, SweepPoint> before = store.points();
        assertEquals(5, before.size());

        List<Integer> rerun = new ArrayList<>();
        SweepListener started = new SweepListener() {
            @Override
            public void onPointStarted(SweepConfiguration c, int index, int total) {
                rerun.add(index);
            }
        };
        SweepStore again = SweepStore.open(dir.resolve("out"), plan, true);
        List<SweepPoint> all = sweep().run(plan, data, again, started, null);
        assertEquals(List.of(5, 6, 7, 8, 9, 10, 11), rerun, "only the points not saved run again");
        assertEquals(12, all.size());
        assertEquals(12, all.stream().map(p -> p.configuration().key()).distinct().count());
        before.forEach((key, p) -> assertEquals(p.finishedAt(), again.points().get(key).finishedAt(), key));
    }

    @Test
    void aHalfWrittenOrCorruptPointIsMeasuredAgain() throws IOException {
        SweepPlan plan = plan(List.of(Precision.FP32));
        SweepStore store = SweepStore.open(dir.resolve("out"), plan, false);
        sweep().run(plan, data, store, null, null);
        Files.writeString(store.fileOf(2), "{\"schemaVersion\":1,\"index\":2,\"configur");
        Files.writeString(dir.resolve("out/points/.0003.json123.tmp"), "{");
        assertEquals(5, store.points().size());
        List<SweepPoint> all = sweep().run(plan, data, SweepStore.open(dir.resolve("out"), plan, true), null, null);
        assertEquals(6, all.size());
        assertEquals(6, store.points().size());
    }

    @Test
    void aPointThatCannotBeMadeIsSavedAsFailedWithItsReasonAndTheSweepGoesOn() {
        SweepPlan plan = plan(List.of(Precision.INT8_WEIGHTS, Precision.FP32));
        List<SweepPoint> all = sweep().run(plan, data, SweepStore.open(dir.resolve("out"), plan, false), null, null);
        assertEquals(12, all.size());
        assertEquals(6, all.stream().filter(p -> p.status() == PointStatus.FAILED).count());
        assertTrue(all.get(0).error().contains("int8-weights"), all.get(0).error());
        SweepReport report = SweepReport.of(plan, all, 1);
        assertEquals(6, report.failed().size());
        assertEquals(6, report.points().size());
    }

    @Test
    void aFolderWithAnotherSweepIsRefused() {
        SweepPlan plan = plan(TWO);
        SweepStore.open(dir.resolve("out"), plan, false);
        BadInputException notResumed = assertThrows(BadInputException.class,
                () -> SweepStore.open(dir.resolve("out"), plan, false));
        assertTrue(notResumed.getMessage().contains("--resume"));
        BadInputException other = assertThrows(BadInputException.class,
                () -> SweepStore.open(dir.resolve("out"), plan(List.of(Precision.FP32)), true));
        assertTrue(other.getMessage().contains("precisions"), other.getMessage());
    }

    @Test
    void aSweepResumesWhenItsFilesAreNamedByAbsoluteInsteadOfRelativePaths() {
        SweepPlan relative = plan(TWO);
        SweepStore.open(dir.resolve("out"), relative, false);
        RunSpec base = relative.base();
        RunSpec absolute = base.withData(base.data().toAbsolutePath());
        SweepPlan same = new SweepPlan(SweepPlan.SCHEMA_VERSION, absolute, relative.devices(), relative.precisions(),
                relative.sparsities(), relative.structured(), relative.batchSizes(), relative.roundMillis());
        SweepStore.open(dir.resolve("out"), same, true);
    }
}
