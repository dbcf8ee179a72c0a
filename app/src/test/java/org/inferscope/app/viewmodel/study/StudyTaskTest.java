package org.inferscope.app.viewmodel.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.function.Supplier;
import org.inferscope.app.viewmodel.ErrorReport;
import org.inferscope.engine.api.BadInputException;
import org.junit.jupiter.api.Test;

/** The study runner without JavaFX: the engine thread is a queue the test drains, the UI thread the test's own. */
class StudyTaskTest {
    private final Queue<Runnable> engine = new ArrayDeque<>();
    private final List<ErrorReport> errors = new ArrayList<>();
    private Supplier<StudySubject> subject = () -> new StudySubject(null, null, "digits-mlp", List.of());

    private StudyTask task() {
        StudyContext context = new StudyContext(null, null, engine::add, Runnable::run, () -> subject.get(),
                () -> subject.get(), file -> null, result -> { }, List::of, errors::add);
        return new StudyTask(context);
    }

    @Test
    void aJobRunsOnTheEngineThreadAndHandsItsResultToTheUi() {
        StudyTask task = task();
        List<String> done = new ArrayList<>();
        task.start("Sweep", (s, progress) -> {
            progress.update(0.5, "half way");
            return s.modelName();
        }, done::add);
        assertTrue(task.runningProperty().get());
        assertTrue(done.isEmpty(), "nothing runs before the engine thread takes the job");
        engine.poll().run();
        assertEquals(List.of("digits-mlp"), done);
        assertFalse(task.runningProperty().get());
        assertEquals(1.0, task.progressProperty().get());
        assertEquals("Sweep: done.", task.statusProperty().get());
    }

    @Test
    void aSecondJobWhileOneRunsIsRefusedInOneSentence() {
        StudyTask task = task();
        task.start("Sweep", (s, p) -> 1, r -> { });
        task.start("Tune", (s, p) -> 2, r -> { });
        assertEquals(1, engine.size());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).sentence().startsWith("A study is already running"), errors.get(0).sentence());
    }

    @Test
    void cancellingStopsTheJobAtItsNextCheckAndSaysSo() {
        StudyTask task = task();
        List<Integer> done = new ArrayList<>();
        task.start("Server", (s, progress) -> {
            progress.cancellation().throwIfCancelled();
            return 1;
        }, done::add);
        task.cancel();
        engine.poll().run();
        assertTrue(done.isEmpty());
        assertEquals("Server: cancelled.", task.statusProperty().get());
        assertFalse(task.runningProperty().get());
        assertTrue(errors.isEmpty());
    }

    @Test
    void aFailureBecomesTheErrorSentenceAndTheTaskCanRunAgain() {
        StudyTask task = task();
        task.start("Drift", (s, p) -> {
            throw new BadInputException("new.csv has 63 columns, digits-test.csv 64: compare datasets with the same columns.");
        }, r -> { });
        engine.poll().run();
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).sentence().startsWith("new.csv has 63 columns"), errors.get(0).sentence());
        assertEquals("Drift: failed.", task.statusProperty().get());
        task.start("Drift", (s, p) -> 1, r -> { });
        assertEquals(1, engine.size());
    }

    @Test
    void nothingStartsWhenNoConfigurationCanRun() {
        subject = () -> {
            throw new BadInputException("Open a model and a dataset first.");
        };
        StudyTask task = task();
        task.start("Sweep", (s, p) -> 1, r -> { });
        assertTrue(engine.isEmpty());
        assertFalse(task.runningProperty().get());
        assertEquals("Open a model and a dataset first.", errors.get(0).sentence());
    }
}
