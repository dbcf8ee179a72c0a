package org.inferscope.app.viewmodel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * The run history as the workbench shows it: every saved comparison with its run count, and the
 * one open now. Store failures come out as {@link HistoryException}s for the view model to show.
 * Everything but {@link #save} runs on the UI thread.
 */
final class SavedComparisons {
    private final RunStore store;
    private final ObservableList<Comparison> all = FXCollections.observableArrayList();
    private final ObservableList<Comparison> readOnly = FXCollections.unmodifiableObservableList(all);
    private final ReadOnlyObjectWrapper<Comparison> current = new ReadOnlyObjectWrapper<>(this, "current");

    /** A comparison's saved runs as rows, each label's colour index, and why any run was skipped. */
    record Opened(List<ComparisonRow> rows, Map<String, Integer> colours, List<String> unreadable) {
        static Opened empty() {
            return new Opened(List.of(), Map.of(), List.of());
        }
    }

    SavedComparisons(RunStore store) {
        this.store = store;
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

    /** Saves a finished run at once; called on the worker thread. */
    void save(long comparisonId, String label, int colourIndex, RunResult result) {
        store.save(comparisonId, label, colourIndex, result);
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
        refresh();
        Map<String, Integer> colours = new LinkedHashMap<>();
        List<ComparisonRow> rows = saved.runs().stream().map(run -> row(run, colours)).toList();
        return new Opened(rows, colours, saved.unreadable());
    }

    private static ComparisonRow row(SavedRun run, Map<String, Integer> colours) {
        colours.putIfAbsent(run.label(), run.colourIndex());
        return new ComparisonRow(run.label(), Palette.colour(run.colourIndex()), run.result());
    }
}
