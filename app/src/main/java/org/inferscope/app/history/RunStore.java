package org.inferscope.app.history;

import java.util.List;
import java.util.Optional;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.sweep.SampledRun;

/**
 * Where finished runs are kept, grouped into comparisons. Failures while working are
 * {@link HistoryException}s with a user sentence; a store that could not be opened at all is
 * {@link #unavailable(String)} and says why through {@link #openingProblem()}.
 */
public interface RunStore extends AutoCloseable {

    /** The latest comparison; a first start creates one. */
    Comparison current();

    /** Every comparison, the newest first. */
    List<Comparison> comparisons();

    /**
     * Saves one finished run at once (never batched, so a crash loses at most the run in flight), with
     * its raw samples; {@code samples} is null for a run measured elsewhere.
     */
    SavedRun save(long comparisonId, String label, int colourIndex, RunResult result, SampledRun samples);

    /** Saves a run without raw samples (an imported result). */
    default SavedRun save(long comparisonId, String label, int colourIndex, RunResult result) {
        return save(comparisonId, label, colourIndex, result, null);
    }

    /** Includes the run in the charts and exports, or leaves it out (it stays in the table). */
    void setIncluded(long runId, boolean included);

    /** Makes {@code runId} the baseline of the comparison's deltas. */
    void setBaseline(long comparisonId, long runId);

    /** The runs of a comparison in the order they were saved; unreadable ones are skipped and named. */
    SavedRuns runs(long comparisonId);

    void rename(long comparisonId, String name);

    /** Deletes a comparison and its runs. */
    void delete(long comparisonId);

    Comparison newComparison(String name);

    /**
     * What went wrong opening the history, as one sentence, empty when nothing did: why runs are not
     * being saved, or where a damaged database was moved aside.
     */
    Optional<String> openingProblem();

    @Override
    void close();

    /** A store that keeps this session's comparisons in memory only, for when the database cannot be used. */
    static RunStore unavailable(String reason) {
        return new SessionRunStore(reason);
    }

    /** A store in memory with nothing to report, for tests and for a session that saves nothing on purpose. */
    static RunStore inMemory() {
        return new SessionRunStore(null);
    }
}
