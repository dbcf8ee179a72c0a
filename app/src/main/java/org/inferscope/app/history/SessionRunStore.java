package org.inferscope.app.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inferscope.engine.api.RunResult;

/**
 * Comparisons kept in memory for this session only: what the workbench uses when the database
 * cannot be opened, so comparing still works and nothing pretends to be saved.
 */
final class SessionRunStore implements RunStore {
    private final String reason;
    private final Map<Long, Comparison> comparisons = new LinkedHashMap<>();
    private final List<SavedRun> runs = new ArrayList<>();
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
    public synchronized SavedRun save(long comparisonId, String label, int colourIndex, RunResult result) {
        SavedRun run = new SavedRun(nextId++, comparisonId, label, colourIndex, Instant.now(), result);
        if (comparisons.containsKey(comparisonId)) {
            runs.add(run);
        }
        return run;
    }

    @Override
    public synchronized SavedRuns runs(long comparisonId) {
        return new SavedRuns(runs.stream().filter(r -> r.comparisonId() == comparisonId).toList(), List.of());
    }

    @Override
    public synchronized void rename(long comparisonId, String name) {
        comparisons.computeIfPresent(comparisonId, (id, c) ->
                new Comparison(id, ComparisonNames.orDefault(name, c.createdAt()), c.createdAt(), 0));
    }

    @Override
    public synchronized void delete(long comparisonId) {
        comparisons.remove(comparisonId);
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
