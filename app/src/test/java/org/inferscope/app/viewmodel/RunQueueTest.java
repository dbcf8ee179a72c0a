package org.inferscope.app.viewmodel;

import org.inferscope.engine.report.chart.Palette;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import org.inferscope.app.history.RunStore;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.bench.Evaluation;
import org.inferscope.engine.data.DatasetLoader;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The run queue without JavaFX: the worker is a list of tasks the test runs by hand, the UI the calling thread. */
class RunQueueTest {
    static final Path MODEL = WorkbenchViewModelTest.MODEL;
    static final Path DATA = WorkbenchViewModelTest.DATA;

    final Queue<Runnable> worker = new ArrayDeque<>();
    final List<RunQueue.Finished> finished = new ArrayList<>();
    final List<ErrorReport> errors = new ArrayList<>();
    final LiveRunState live = new LiveRunState();
    SavedComparisons history;
    RunQueue queue;

    @BeforeEach
    void createQueue() {
        history = new SavedComparisons(RunStore.inMemory());
        history.openLatest();
        queue = new RunQueue(worker::add, Runnable::run,
                new Evaluation(ProviderRegistry.discover(getClass().getClassLoader()), QuickRuns.TIMING), history, live,
                errors::add, finished::add);
    }

    @Test
    void queuedRunsWaitTheirTurnAndCountAsRunningUntilTheLastEnds() {
        Dataset data = new DatasetLoader().load(DATA, DatasetOptions.defaults());
        queue.submit(small(), data, "digits-mlp · FP32");
        queue.submit(small(), data, "digits-mlp · FP32");
        assertTrue(queue.runningProperty().get());
        assertEquals(2, worker.size());
        worker.poll().run();
        assertTrue(queue.runningProperty().get());
        worker.poll().run();
        assertFalse(queue.runningProperty().get());
        assertTrue(errors.isEmpty(), () -> errors.get(0).details());
        assertEquals(2, finished.size());
        assertEquals(history.currentId(), finished.get(0).comparisonId());
        assertEquals("digits-mlp · FP32", finished.get(1).row().label());
        history.refresh();
        assertEquals(2, history.comparisons().get(0).runCount());
        assertEquals("Done: digits-mlp · FP32", live.phaseProperty().get());
    }

    @Test
    void cancelDropsEveryQueuedRunWithoutEvaluatingIt() {
        queue.submit(small(), null, "a");
        queue.submit(small(), null, "b");
        queue.cancel();
        worker.forEach(Runnable::run);
        assertFalse(queue.runningProperty().get());
        assertEquals(2, finished.size());
        assertNull(finished.get(0).row());
        assertNull(finished.get(1).row());
        assertEquals("Cancelled", live.phaseProperty().get());
        assertTrue(errors.isEmpty());
    }

    @Test
    void aQueuedRunBelongsToTheComparisonOpenWhenItWasQueued() {
        long first = history.currentId();
        queue.submit(small(), null, "a");
        history.create("Other");
        assertTrue(queue.hasRunsFor(first));
        assertFalse(queue.hasRunsFor(history.currentId()));
        queue.cancel();
        worker.forEach(Runnable::run);
        assertFalse(queue.hasRunsFor(first));
        assertEquals(first, finished.get(0).comparisonId());
    }

    @Test
    void eachNewLabelTakesTheNextColourAndAKnownLabelKeepsItsOwn() {
        queue.useColours(Map.of("saved", 2));
        queue.submit(small(), null, "new");
        queue.submit(small(), null, "saved");
        queue.submit(small(), null, "new");
        List<String> colours = new ArrayList<>();
        live.colourProperty().addListener((obs, was, now) -> colours.add(now));
        worker.forEach(Runnable::run); // each announces its colour, then fails on the missing dataset
        assertEquals(List.of(Palette.colour(3), Palette.colour(2), Palette.colour(3)), colours);
        assertEquals(3, errors.size());
        assertFalse(queue.runningProperty().get());
    }

    private static RunSpec small() {
        RunSpec defaults = RunSpec.of(MODEL, DATA);
        return new RunSpec(MODEL, DATA, defaults.dataOptions(), null, defaults.scaling(), defaults.modes(),
                List.of(1, 8), 2, 20, 0, 42L, List.of());
    }
}
