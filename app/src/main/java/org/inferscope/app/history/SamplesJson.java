package org.inferscope.app.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.report.ResultJson;
import org.inferscope.engine.resources.EnergyReading;
import org.inferscope.engine.sweep.SampledRun;

/**
 * A run's raw samples as the history keeps them: the engine's JSON mapper and field names (those of a
 * sweep point's run), less the result, which has its own column.
 */
final class SamplesJson {
    private final ObjectMapper mapper = ResultJson.newMapper();

    /** The samples of a {@link SampledRun}, in its own field names. */
    record Samples(long[] latencyNanos, List<SampledRun.Rounds> rounds, String correct, EnergyReading energy) {
    }

    /** The samples as JSON; null for a run without any. */
    String toJson(SampledRun run) {
        if (run == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(new Samples(run.latencyNanos(), run.rounds(), run.correct(), run.energy()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a run's samples as JSON", e);
        }
    }

    /**
     * The samples of {@code result} read back; null when there are none or they no longer parse: the run
     * itself is still worth showing, and its details then say that its intervals are unavailable.
     */
    SampledRun fromJson(String json, RunResult result) {
        if (json == null) {
            return null;
        }
        try {
            Samples s = mapper.readValue(json, Samples.class);
            return new SampledRun(result, s.latencyNanos(), s.rounds(), s.correct(), s.energy());
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
