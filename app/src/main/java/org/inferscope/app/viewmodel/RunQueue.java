package org.inferscope.app.viewmodel;

import org.inferscope.engine.report.chart.Palette;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.inferscope.app.history.HistoryException;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.bench.CancellationToken;
import org.inferscope.engine.bench.Evaluation;
import org.inferscope.engine.bench.RunCancelledException;
import org.inferscope.engine.resources.EnergyMeter;
import org.inferscope.engine.sweep.SampledEvaluation;
import org.inferscope.engine.sweep.SampledRun;

/**
 * Configurations waiting to run and the one running: they run one after another on {@code worker},
 * each finished run is saved at once on that thread with its raw samples (every single-row latency,
 * every throughput round, which rows it got right), then handed to the UI thread. A configuration
 * keeps its colour for as long as its comparison is open. Everything but the evaluation and the save
 * happens on {@code ui}.
 */
final class RunQueue {
    private final Executor worker;
    private final Executor ui;
    private final SampledEvaluation evaluation;
    private final SavedComparisons history;
    private final LiveRunState live;
    private final Consumer<ErrorReport> errors;
    private final Consumer<Finished> finished;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final Map<String, Integer> colours = new HashMap<>();
    private final List<Queued> pending = new ArrayList<>();

    /**
     * A run that left the queue.
     *
     * @param comparisonId the comparison open when it was queued
     * @param row the finished run; null when it was cancelled or failed
     */
    record Finished(long comparisonId, ComparisonRow row) {
    }

    /** A queued run: the comparison it belongs to, its label's colour, and how to stop it. */
    private record Queued(long comparisonId, String label, int colourIndex, CancellationToken token) {
    }

    /** A queue that reads the CPU's energy counters, where this machine exposes them, around the throughput rounds. */
    RunQueue(Executor worker, Executor ui, Evaluation evaluation, SavedComparisons history, LiveRunState live,
             Consumer<ErrorReport> errors, Consumer<Finished> finished) {
        this(worker, ui, new SampledEvaluation(evaluation, EnergyMeter.system()), history, live, errors, finished);
    }

    RunQueue(Executor worker, Executor ui, SampledEvaluation evaluation, SavedComparisons history, LiveRunState live,
             Consumer<ErrorReport> errors, Consumer<Finished> finished) {
        this.worker = worker;
        this.ui = ui;
        this.evaluation = evaluation;
        this.history = history;
        this.live = live;
        this.errors = errors;
        this.finished = finished;
    }

    /** Queues {@code spec} on {@code data} for the comparison open now, under {@code label}. */
    void submit(RunSpec spec, Dataset data, String label) {
        int colour = colourOf(label);
        Queued queued = new Queued(history.currentId(), label, colour, new CancellationToken());
        pending.add(queued);
        running.set(true);
        worker.execute(() -> evaluate(spec, data, queued));
    }

    /**
     * Adds a result measured elsewhere (the command line, a sweep, a Spark cluster) to the comparison
     * open now, as if it had just finished here: saved at once, then a row; the live run, if any, is
     * left alone. {@code read} runs on the worker thread; its failure becomes the one sentence shown.
     */
    void addFinished(java.util.function.Supplier<RunResult> read) {
        long comparisonId = history.currentId();
        worker.execute(() -> {
            RunResult result;
            try {
                result = read.get();
            } catch (RuntimeException e) {
                ui.execute(() -> errors.accept(ErrorReport.of(e)));
                return;
            }
            String label = ImportedLabel.of(result);
            ui.execute(() -> {
                Queued queued = new Queued(comparisonId, label, colourOf(label), new CancellationToken());
                pending.add(queued);
                running.set(true);
                worker.execute(() -> saveAndShow(queued, result, null, null));
            });
        });
    }

    /**
     * Adds a run a study measured here (a sweep's point), raw samples and all, to the comparison open now
     * at once: saved on this (UI) thread, then a row. Not through the engine thread, where it would wait
     * for the study that is measuring the next point.
     */
    void addMeasured(SampledRun run) {
        String label = ImportedLabel.of(run.result());
        Queued queued = new Queued(history.currentId(), label, colourOf(label), new CancellationToken());
        saveAndShow(queued, run.result(), run, null);
    }

    private int colourOf(String label) {
        return colours.computeIfAbsent(label, l -> colours.values().stream().mapToInt(i -> i + 1).max().orElse(0));
    }

    /** Stops the running configuration and drops the queued ones. */
    void cancel() {
        pending.forEach(q -> q.token().cancel());
    }

    /** Whether a run of the comparison is running or waiting. */
    boolean hasRunsFor(long comparisonId) {
        return pending.stream().anyMatch(q -> q.comparisonId() == comparisonId);
    }

    /** The colours of the comparison just opened, label to palette index. */
    void useColours(Map<String, Integer> byLabel) {
        colours.clear();
        colours.putAll(byLabel);
    }

    /** True while a run is going or queued. */
    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    private void evaluate(RunSpec spec, Dataset data, Queued queued) {
        String label = queued.label();
        String colour = Palette.colour(queued.colourIndex());
        try {
            queued.token().throwIfCancelled();
            ui.execute(() -> live.start(label, colour));
            SampledRun run = evaluation.run(spec, data, new LiveRun(live, ui), queued.token());
            saveAndShow(queued, run.result(), run, "Done: " + label);
        } catch (RunCancelledException e) {
            ui.execute(() -> finish(queued, "Cancelled", null));
        } catch (RuntimeException | LinkageError e) {
            ui.execute(() -> {
                finish(queued, "Failed: " + label, null);
                errors.accept(ErrorReport.of(e));
            });
        }
    }

    /**
     * On the worker thread: saves the finished run at once, then shows it as a row (and any failure to
     * save) on the UI thread; {@code samples} is null for an imported result, {@code phase} the live
     * panel's last word, null to leave the panel alone.
     */
    private void saveAndShow(Queued queued, RunResult result, SampledRun samples, String phase) {
        long runId = ComparisonRow.NOT_SAVED;
        HistoryException notSaved = null;
        try {
            runId = history.save(queued.comparisonId(), queued.label(), queued.colourIndex(), result, samples).id();
        } catch (HistoryException e) {
            notSaved = e;
        }
        ComparisonRow row = new ComparisonRow(queued.label(), Palette.colour(queued.colourIndex()), result, samples, runId);
        HistoryException failure = notSaved;
        ui.execute(() -> {
            finish(queued, phase, row);
            if (failure != null) {
                errors.accept(ErrorReport.of(failure));
            }
        });
    }

    private void finish(Queued queued, String phase, ComparisonRow row) {
        pending.remove(queued);
        running.set(!pending.isEmpty());
        if (phase != null) {
            live.finish(phase);
        }
        finished.accept(new Finished(queued.comparisonId(), row));
    }
}
