package org.inferscope.app.history;

import java.util.List;

/**
 * The runs of a comparison that could be read, and one sentence for each saved run that could not
 * (a result that no longer parses is skipped, never fatal).
 */
public record SavedRuns(List<SavedRun> runs, List<String> unreadable) {

    public SavedRuns {
        runs = List.copyOf(runs);
        unreadable = List.copyOf(unreadable);
    }

    public static SavedRuns none() {
        return new SavedRuns(List.of(), List.of());
    }
}
