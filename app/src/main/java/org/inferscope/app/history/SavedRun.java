package org.inferscope.app.history;

import java.time.Instant;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.sweep.SampledRun;

/**
 * One finished run as saved.
 *
 * @param id the store's id; runs of a comparison come back in id order, the order they finished
 * @param comparisonId the comparison it belongs to
 * @param label the configuration's label
 * @param colourIndex the configuration's index in the palette, so it keeps its colour after a restart
 * @param createdAt when it was saved
 * @param result the engine's result
 * @param included whether the charts and exports include it (the table's check box)
 * @param samples the raw samples behind the result; null for imported runs and runs saved before they were kept
 */
public record SavedRun(long id, long comparisonId, String label, int colourIndex, Instant createdAt, RunResult result,
                       boolean included, SampledRun samples) {
}
