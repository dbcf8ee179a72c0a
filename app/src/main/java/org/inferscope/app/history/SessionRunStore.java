package org.inferscope.app.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.sweep.SampledRun;

/**
 * Comparisons kept in memory for this session only: what the workbench uses when the database
 * cannot be opened, so comparing still works and nothing pretends to be saved.
 */
final class SessionRunStore implements RunStore {
    private final String reason;
    private final Map<Long, Comparison> comparisons = new LinkedHashMap<>();
    private final List<SavedRun> runs = new ArrayList<>();
    private final Map<Long, Long> baselines = new LinkedHashMap<>();
    private long nextId = 1;

    SessionRunStore(String reason) {
        this.reason = reason;
    }

    @Override
    public synchronized Comparison current() {
        return comparisons.isEmpty() ? newComparison(null) : comparisons().get(0);
    }

    @Override
    public synchronized List<Comparison> comparisons() {
        return comparisons.values().stream().map(this::counted)
                .sorted(Comparator.comparingLong(Comparison::id).reversed()).toList();
    }

    @Override
    public synchronized SavedRun save(long comparisonId, String label, int colourIndex, RunResult result,
                                      SampledRun samples) {
        SavedRun run = new SavedRun(nextId++, comparisonId, label, colourIndex, Instant.now(), result, true, samples);
        if (comparisons.containsKey(comparisonId)) {
            runs.add(run);
        }
        return run;
    }

    @Override
    public synchronized SavedRuns runs(long comparisonId) {
        Long baseline = baselines.get(comparisonId);
        return new SavedRuns(runs.stream().filter(r -> r.comparisonId() == comparisonId).toList(), List.of(),
                baseline == null ? OptionalLong.empty() : OptionalLong.of(baseline));
    }

    @Override
    public synchronized void setIncluded(long runId, boolean included) {
        runs.replaceAll(r -> r.id() != runId ? r : new SavedRun(r.id(), r.comparisonId(), r.label(), r.colourIndex(),
                r.createdAt(), r.result(), included, r.samples()));
    }

    @Override
    public synchronized void setBaseline(long comparisonId, long runId) {
        if (comparisons.containsKey(comparisonId)) {
            baselines.put(comparisonId, runId);
        }
    }

    @Override
    public synchronized void rename(long comparisonId, String name) {
        comparisons.computeIfPresent(comparisonId, (id, c) ->
                new Comparison(id, ComparisonNames.orDefault(name, c.createdAt()), c.createdAt(), 0));
    }

    @Override
    public synchronized void delete(long comparisonId) {
        comparisons.remove(comparisonId);
        baselines.remove(comparisonId);
        runs.removeIf(r -> r.comparisonId() == comparisonId);
    }

    @Override
    public synchronized Comparison newComparison(String name) {
        Instant now = Instant.now();
        Comparison c = new Comparison(nextId++, ComparisonNames.orDefault(name, now), now, 0);
        comparisons.put(c.id(), c);
        return c;
    }

    @Override
    public Optional<String> openingProblem() {
        return Optional.ofNullable(reason);
    }

    @Override
    public void close() {
        // nothing to release
    }

    private Comparison counted(Comparison c) {
        int count = (int) runs.stream().filter(r -> r.comparisonId() == c.id()).count();
        return new Comparison(c.id(), c.name(), c.createdAt(), count);
    }
}
