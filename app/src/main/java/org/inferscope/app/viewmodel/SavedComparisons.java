package org.inferscope.app.viewmodel;

import org.inferscope.engine.report.chart.Palette;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inferscope.app.history.Comparison;
import org.inferscope.app.history.HistoryException;
import org.inferscope.app.history.RunStore;
import org.inferscope.app.history.SavedRun;
import org.inferscope.app.history.SavedRuns;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.sweep.SampledRun;

/**
 * The run history as the workbench shows it: every saved comparison with its run count, the one open
 * now, and the table's choices of that one (as its {@link RowChoices}). Store failures come out as
 * {@link HistoryException}s for the view model to show, those of the choices as the error sentence.
 * Everything but {@link #save} runs on the UI thread, the choices' writes too, as the other edits do.
 */
final class SavedComparisons implements RowChoices {
    private final RunStore store;
    private final ObservableList<Comparison> all = FXCollections.observableArrayList();
    private final ObservableList<Comparison> readOnly = FXCollections.unmodifiableObservableList(all);
    private final ReadOnlyObjectWrapper<Comparison> current = new ReadOnlyObjectWrapper<>(this, "current");
    // the open comparison's choices as last read; a run saved since is included
    private final Set<Long> excluded = new HashSet<>();
    private OptionalLong baselineRunId = OptionalLong.empty();
    private Consumer<ErrorReport> errors;

    /** A comparison's saved runs as rows, each label's colour index, and why any run was skipped. */
    record Opened(List<ComparisonRow> rows, Map<String, Integer> colours, List<String> unreadable) {
        static Opened empty() {
            return new Opened(List.of(), Map.of(), List.of());
        }
    }

    SavedComparisons(RunStore store) {
        this.store = store;
    }

    /**
     * Keeps the choices made in {@code rows} in the store and gives a reopened comparison its choices
     * back; a failure to keep one becomes a sentence for {@code failures}. Returns this history, so the
     * view model can wire it where it builds its run queue.
     */
    SavedComparisons rememberingChoicesOf(ComparisonRows rows, Consumer<ErrorReport> failures) {
        this.errors = failures;
        rows.keepChoicesIn(this);
        return this;
    }

    /** Opens the latest comparison, as at start-up. */
    Opened openLatest() {
        return open(store.current());
    }

    Opened switchTo(long comparisonId) {
        return all.stream().filter(c -> c.id() == comparisonId).findFirst().map(this::open)
                .orElseGet(() -> open(store.current()));
    }

    Opened create(String name) {
        return open(store.newComparison(name));
    }

    void renameCurrent(String name) {
        store.rename(currentId(), name);
        refresh();
    }

    /** Deletes the open comparison and opens the latest one left (a new one when none is). */
    Opened deleteCurrent() {
        store.delete(currentId());
        return openLatest();
    }

    /** Saves a finished run at once, with its samples (null for an imported one); called on the worker thread. */
    SavedRun save(long comparisonId, String label, int colourIndex, RunResult result, SampledRun samples) {
        return store.save(comparisonId, label, colourIndex, result, samples);
    }

    @Override
    public boolean isIncluded(ComparisonRow row) {
        return !excluded.contains(row.runId());
    }

    @Override
    public ComparisonRow baseline(List<ComparisonRow> rows) {
        return rows.stream().filter(r -> r.isSaved() && baselineRunId.equals(OptionalLong.of(r.runId())))
                .findFirst().orElse(null);
    }

    /** Writes the check box at once; a run the history does not hold keeps it in the table only. */
    @Override
    public void include(ComparisonRow row, boolean included) {
        if (row.isSaved()) {
            keep(() -> store.setIncluded(row.runId(), included));
            if (included) {
                excluded.remove(row.runId());
            } else {
                excluded.add(row.runId());
            }
        }
    }

    @Override
    public void makeBaseline(ComparisonRow row) {
        if (row.isSaved()) {
            keep(() -> store.setBaseline(currentId(), row.runId()));
            baselineRunId = OptionalLong.of(row.runId());
        }
    }

    private void keep(Runnable write) {
        try {
            write.run();
        } catch (HistoryException e) {
            errors.accept(ErrorReport.of(e));
        }
    }

    /** Reloads the names and run counts. */
    void refresh() {
        List<Comparison> latest = store.comparisons();
        all.setAll(latest);
        long id = currentId();
        latest.stream().filter(c -> c.id() == id).findFirst().ifPresent(current::set);
    }

    long currentId() {
        return current.get() == null ? -1 : current.get().id();
    }

    ObservableList<Comparison> comparisons() {
        return readOnly;
    }

    ReadOnlyObjectProperty<Comparison> currentProperty() {
        return current.getReadOnlyProperty();
    }

    private Opened open(Comparison comparison) {
        current.set(comparison);
        SavedRuns saved = store.runs(comparison.id());
        excluded.clear();
        saved.runs().stream().filter(r -> !r.included()).forEach(r -> excluded.add(r.id()));
        baselineRunId = saved.baselineRunId();
        refresh();
        Map<String, Integer> colours = new LinkedHashMap<>();
        List<ComparisonRow> rows = saved.runs().stream().map(run -> row(run, colours)).toList();
        return new Opened(rows, colours, saved.unreadable());
    }

    private static ComparisonRow row(SavedRun run, Map<String, Integer> colours) {
        colours.putIfAbsent(run.label(), run.colourIndex());
        return new ComparisonRow(run.label(), Palette.colour(run.colourIndex()), run.result(), run.samples(), run.id());
    }
}
