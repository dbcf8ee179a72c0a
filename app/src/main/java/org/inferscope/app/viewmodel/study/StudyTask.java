package org.inferscope.app.viewmodel.study;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.inferscope.app.viewmodel.ErrorReport;
import org.inferscope.engine.bench.CancellationToken;
import org.inferscope.engine.bench.RunCancelledException;

/**
 * One study job at a time on the engine thread, with progress, a status sentence and cancel. The work
 * reports through {@link Progress} from the engine thread; every property changes on the UI thread.
 */
public final class StudyTask {
    private final StudyContext context;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private CancellationToken token = new CancellationToken();

    /** What the work sees: where to report, and whether it was cancelled. */
    public interface Progress {
        /** @param fraction 0 to 1, or negative when unknown */
        void update(double fraction, String message);

        CancellationToken cancellation();
    }

    /** The body of a job, run on the engine thread. */
    @FunctionalInterface
    public interface Work<T> {
        T run(StudySubject subject, Progress progress);
    }

    public StudyTask(StudyContext context) {
        this.context = context;
    }

    /**
     * Starts {@code work} on the current configuration, then hands its result to {@code done} on the UI
     * thread; refused, with a sentence, while a job is running or when no configuration can run.
     */
    public <T> void start(String what, Work<T> work, Consumer<T> done) {
        start(what, context.subject(), work, done);
    }

    /** As {@link #start}, for a study of the open dataset alone: no model needs to be open. */
    public <T> void startOnData(String what, Work<T> work, Consumer<T> done) {
        start(what, context.dataOnly(), work, done);
    }

    /**
     * As {@link #start}, for a study that brings its own configuration (resuming a saved sweep): the
     * work gets the open configuration when there is one, else null.
     */
    public <T> void startOnItsOwn(String what, Work<T> work, Consumer<T> done) {
        start(what, () -> {
            try {
                return context.subject().get();
            } catch (org.inferscope.engine.api.BadInputException e) {
                return null;
            }
        }, work, done);
    }

    private <T> void start(String what, java.util.function.Supplier<StudySubject> subjects, Work<T> work,
                           Consumer<T> done) {
        if (running.get()) {
            context.errors().accept(new ErrorReport("A study is already running: cancel it or wait for it to finish.", ""));
            return;
        }
        StudySubject subject;
        try {
            subject = subjects.get();
        } catch (RuntimeException e) {
            context.errors().accept(ErrorReport.of(e));
            return;
        }
        CancellationToken mine = new CancellationToken();
        token = mine;
        running.set(true);
        progress.set(-1);
        status.set(what + ": waiting for the engine…");
        context.worker().execute(() -> execute(what, work, done, subject, mine));
    }

    private <T> void execute(String what, Work<T> work, Consumer<T> done, StudySubject subject, CancellationToken mine) {
        Progress reporter = new Progress() {
            @Override
            public void update(double fraction, String message) {
                context.ui().execute(() -> {
                    progress.set(fraction);
                    status.set(message);
                });
            }

            @Override
            public CancellationToken cancellation() {
                return mine;
            }
        };
        try {
            mine.throwIfCancelled();
            reporter.update(-1, what + "…");
            T result = work.run(subject, reporter);
            context.ui().execute(() -> finish(what + ": done.", 1, () -> done.accept(result)));
        } catch (RunCancelledException e) {
            context.ui().execute(() -> finish(what + ": cancelled.", 0, () -> { }));
        } catch (RuntimeException | LinkageError e) {
            context.ui().execute(() -> finish(what + ": failed.", 0, () -> context.errors().accept(ErrorReport.of(e))));
        }
    }

    private void finish(String words, double fraction, Runnable then) {
        running.set(false);
        progress.set(fraction);
        status.set(words);
        then.run();
    }

    /** Stops the job at its next check; what it saved so far stays saved. */
    public void cancel() {
        token.cancel();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1, negative while the length is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** One line on what the job is doing or how it ended. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
