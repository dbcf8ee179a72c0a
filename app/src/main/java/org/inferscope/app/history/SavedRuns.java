package org.inferscope.app.history;

import java.util.List;
import java.util.OptionalLong;

/**
 * The runs of a comparison that could be read, one sentence for each saved run that could not
 * (a result that no longer parses is skipped, never fatal), and the run the user chose as baseline.
 *
 * @param baselineRunId the chosen baseline's id; empty when none was chosen (the first run is then the baseline)
 */
public record SavedRuns(List<SavedRun> runs, List<String> unreadable, OptionalLong baselineRunId) {

    public SavedRuns {
        runs = List.copyOf(runs);
        unreadable = List.copyOf(unreadable);
    }

    public SavedRuns(List<SavedRun> runs, List<String> unreadable) {
        this(runs, unreadable, OptionalLong.empty());
    }

    public static SavedRuns none() {
        return new SavedRuns(List.of(), List.of());
    }
}
