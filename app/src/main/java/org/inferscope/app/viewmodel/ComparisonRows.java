package org.inferscope.app.viewmodel;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The runs of the open comparison as the table shows them: every run, which of them are included in
 * the charts and exports (an excluded run stays in the table and the history), and the baseline the
 * deltas are taken against, the first run until the user picks another. Those choices go to a
 * {@link RowChoices}, the history in the app, and come back from it when a comparison is reopened.
 * UI thread only.
 */
public final class ComparisonRows {
    private final ObservableList<ComparisonRow> all = FXCollections.observableArrayList();
    private final ObservableList<ComparisonRow> included = FXCollections.observableArrayList();
    // kept in fields: an unmodifiable view that is collected takes its listeners with it
    private final ObservableList<ComparisonRow> readOnlyAll = FXCollections.unmodifiableObservableList(all);
    private final ObservableList<ComparisonRow> readOnlyIncluded = FXCollections.unmodifiableObservableList(included);
    // by identity: two runs of one configuration can be equal records
    private final Map<ComparisonRow, BooleanProperty> inclusion = new IdentityHashMap<>();
    private final ReadOnlyObjectWrapper<ComparisonRow> baseline = new ReadOnlyObjectWrapper<>(this, "baseline");
    private final ObjectProperty<ComparisonRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<RunDetails> details = new ReadOnlyObjectWrapper<>(this, "details", RunDetails.none());
    // the details of each run shown so far: their intervals are bootstrapped, which is worth doing once
    private final Map<ComparisonRow, RunDetails> detailsShown = new IdentityHashMap<>();
    private final ReadOnlyBooleanWrapper canCompare = new ReadOnlyBooleanWrapper(this, "canCompare", false);
    private List<ComparisonRow> picked = List.of();
    private RowChoices choices = RowChoices.NONE;

    public ComparisonRows() {
        selected.addListener((obs, was, row) -> details.set(row == null ? RunDetails.none()
                : detailsShown.computeIfAbsent(row, RunDetails::of)));
    }

    /** Every run, in the order they finished. */
    public ObservableList<ComparisonRow> all() {
        return readOnlyAll;
    }

    /** The runs the charts, the legend and the exports show, in the same order. */
    public ObservableList<ComparisonRow> included() {
        return readOnlyIncluded;
    }

    /** Whether {@code row} is in the charts and exports; the table's check box edits it. */
    public BooleanProperty includedProperty(ComparisonRow row) {
        return inclusion.computeIfAbsent(row, r -> {
            BooleanProperty flag = new SimpleBooleanProperty(row, "included", choices.isIncluded(row));
            flag.addListener((obs, was, now) -> {
                refreshIncluded();
                choices.include(row, now);
            });
            return flag;
        });
    }

    /** The run the deltas compare against; null when there are no runs. */
    public ReadOnlyObjectProperty<ComparisonRow> baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    /** Makes {@code row} the baseline; a row not in the comparison is ignored. */
    public void setBaseline(ComparisonRow row) {
        if (row != null && containsIdentical(row)) {
            baseline.set(row);
            choices.makeBaseline(row);
        }
    }

    /** The run the details panel describes; the table's selection sets it. */
    public ObjectProperty<ComparisonRow> selectedProperty() {
        return selected;
    }

    /** What the selected run's transform changed, its fidelity and the engine's notes. */
    public ReadOnlyObjectProperty<RunDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The rows selected in the table, in the order they finished; exactly two can be compared. */
    public void setSelection(List<ComparisonRow> rows) {
        picked = all.stream().filter(r -> rows.stream().anyMatch(s -> s == r)).toList();
        canCompare.set(picked.size() == 2);
    }

    /** True when exactly two runs are selected. */
    public ReadOnlyBooleanProperty canCompareProperty() {
        return canCompare.getReadOnlyProperty();
    }

    /**
     * Shows the two selected runs compared, with intervals and verdicts, in the details panel (or one
     * sentence saying why they cannot be); selecting a run shows its own details again.
     */
    public void compareSelected() {
        details.set(PairComparison.of(picked));
    }

    /** How {@code row} differs from the baseline. */
    public RunDeltas deltas(ComparisonRow row) {
        return RunDeltas.of(row, baseline.get());
    }

    /** Keeps the user's choices in {@code kept} from now on, and takes an opened comparison's from there. */
    void keepChoicesIn(RowChoices kept) {
        this.choices = kept;
    }

    void setAll(List<ComparisonRow> rows) {
        selected.set(null);
        setSelection(List.of());
        inclusion.clear();
        detailsShown.clear();
        all.setAll(rows);
        ComparisonRow chosen = choices.baseline(rows);
        baseline.set(chosen != null ? chosen : rows.isEmpty() ? null : rows.get(0));
        refreshIncluded();
    }

    void add(ComparisonRow row) {
        all.add(row);
        if (baseline.get() == null) {
            baseline.set(row);
        }
        refreshIncluded();
    }

    private void refreshIncluded() {
        included.setAll(all.stream().filter(r -> includedProperty(r).get()).toList());
    }

    private boolean containsIdentical(ComparisonRow row) {
        return all.stream().anyMatch(r -> r == row);
    }
}
