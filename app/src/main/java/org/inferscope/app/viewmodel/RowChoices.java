package org.inferscope.app.viewmodel;

import java.util.List;

/**
 * Where the table's choices are kept: which runs the charts and exports include, and which run is the
 * baseline of the deltas. {@link ComparisonRows} asks it when a comparison opens and tells it each change.
 */
interface RowChoices {

    /** Keeps nothing: every run is included and the first one is the baseline. */
    RowChoices NONE = new RowChoices() {
        @Override
        public boolean isIncluded(ComparisonRow row) {
            return true;
        }

        @Override
        public ComparisonRow baseline(List<ComparisonRow> rows) {
            return null;
        }

        @Override
        public void include(ComparisonRow row, boolean included) {
            // kept in the table only
        }

        @Override
        public void makeBaseline(ComparisonRow row) {
            // kept in the table only
        }
    };

    /** Whether {@code row} was included when its comparison was last saved; a new run is. */
    boolean isIncluded(ComparisonRow row);

    /** The chosen baseline among {@code rows}, or null when none was chosen. */
    ComparisonRow baseline(List<ComparisonRow> rows);

    /** The user checked or unchecked {@code row}. */
    void include(ComparisonRow row, boolean included);

    /** The user made {@code row} the baseline. */
    void makeBaseline(ComparisonRow row);
}
