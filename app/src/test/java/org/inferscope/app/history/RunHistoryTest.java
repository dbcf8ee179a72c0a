package org.inferscope.app.history;

import org.inferscope.engine.testing.SampleResults;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.report.ResultJson;
import org.inferscope.engine.resources.EnergyReading;
import org.inferscope.engine.sweep.SampledRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The H2 history on a temporary home folder, never the user's. */
class RunHistoryTest {
    private final ResultJson json = new ResultJson(false);

    @TempDir
    Path home;

    @Test
    void savedRunsComeBackAfterReopeningInOrderWithIdenticalResults() {
        RunResult first = SampleResults.classification();
        RunResult second = SampleResults.regression();
        long id;
        try (RunStore store = RunHistory.open(home)) {
            assertInstanceOf(RunHistory.class, store);
            assertTrue(store.openingProblem().isEmpty());
            id = store.current().id();
            store.save(id, "m · FP32", 0, first);
            store.save(id, "m · INT8 dynamic", 1, second);
        }
        try (RunStore store = RunHistory.open(home)) {
            assertEquals(id, store.current().id());
            assertEquals(2, store.current().runCount());
            List<SavedRun> runs = store.runs(id).runs();
            assertEquals(List.of("m · FP32", "m · INT8 dynamic"), runs.stream().map(SavedRun::label).toList());
            assertEquals(List.of(0, 1), runs.stream().map(SavedRun::colourIndex).toList());
            assertEquals(json.toJson(first), json.toJson(runs.get(0).result()));
            assertEquals(json.toJson(second), json.toJson(runs.get(1).result()));
        }
        assertTrue(Files.exists(home.resolve("history.mv.db")));
    }

    @Test
    void inclusionTheBaselineAndRawSamplesSurviveClosingAndReopening() {
        SampledRun sampled = new SampledRun(SampleResults.classification(), new long[] {41_000, 52_000, 47_500},
                List.of(new SampledRun.Rounds(32, new double[] {9_000, 9_500})), "1101",
                EnergyReading.notMeasurable("not measurable on this machine: no RAPL"));
        long id;
        long second;
        try (RunStore store = RunHistory.open(home)) {
            id = store.current().id();
            long first = store.save(id, "a", 0, SampleResults.classification()).id();
            second = store.save(id, "b", 1, sampled.result(), sampled).id();
            store.setIncluded(first, false);
            store.setIncluded(first, true);
            store.setIncluded(second, false);
            store.setBaseline(id, second);
        }
        try (RunStore store = RunHistory.open(home)) {
            SavedRuns saved = store.runs(id);
            assertEquals(List.of(true, false), saved.runs().stream().map(SavedRun::included).toList());
            assertEquals(second, saved.baselineRunId().getAsLong());
            assertNull(saved.runs().get(0).samples());
            SampledRun back = saved.runs().get(1).samples();
            assertArrayEquals(sampled.latencyNanos(), back.latencyNanos());
            assertArrayEquals(new double[] {9_000, 9_500}, back.roundsAt(32));
            assertEquals("1101", back.correct());
            assertEquals(sampled.energy(), back.energy());
            assertEquals(json.toJson(sampled.result()), json.toJson(back.result()));
        }
    }

    @Test
    void theSessionStoreKeepsInclusionAndTheBaselineToo() {
        RunStore store = RunStore.inMemory();
        long id = store.current().id();
        long run = store.save(id, "a", 0, SampleResults.classification()).id();
        store.setIncluded(run, false);
        store.setBaseline(id, run);
        assertFalse(store.runs(id).runs().get(0).included());
        assertEquals(run, store.runs(id).baselineRunId().getAsLong());
    }

    @Test
    void theFirstStartCreatesOneComparisonAndANewOneBecomesCurrent() {
        try (RunStore store = RunHistory.open(home)) {
            Comparison first = store.current();
            assertEquals(first, store.current());
            Comparison second = store.newComparison("INT8 study");
            assertEquals("INT8 study", store.current().name());
            assertEquals(List.of(second.id(), first.id()), store.comparisons().stream().map(Comparison::id).toList());
            assertTrue(first.name().startsWith("Comparison of "), first.name());
        }
    }

    @Test
    void renameKeepsTheRunsAndDeleteRemovesThemToo() {
        try (RunStore store = RunHistory.open(home)) {
            long kept = store.current().id();
            store.save(kept, "a", 0, SampleResults.classification());
            long doomed = store.newComparison("doomed").id();
            store.save(doomed, "b", 0, SampleResults.regression());
            store.rename(kept, "  Pruning vs quantisation  ");
            store.delete(doomed);
            List<Comparison> left = store.comparisons();
            assertEquals(1, left.size());
            assertEquals("Pruning vs quantisation", left.get(0).name());
            assertEquals(1, left.get(0).runCount());
            assertTrue(store.runs(doomed).runs().isEmpty());
        }
    }

    @Test
    void aRowThatNoLongerParsesIsSkippedAndNamed() throws SQLException {
        long id;
        try (RunStore store = RunHistory.open(home)) {
            id = store.current().id();
            store.save(id, "good", 0, SampleResults.classification());
            store.save(id, "spoilt", 1, SampleResults.regression());
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("history"), "sa", "");
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE runs SET result_json = '{\"schemaVersion\": 99}' WHERE label = 'spoilt'");
        }
        try (RunStore store = RunHistory.open(home)) {
            SavedRuns runs = store.runs(id);
            assertEquals(List.of("good"), runs.runs().stream().map(SavedRun::label).toList());
            assertEquals(1, runs.unreadable().size());
            assertTrue(runs.unreadable().get(0).contains("spoilt"), runs.unreadable().get(0));
        }
    }

    @Test
    void aSecondStoreOnTheSameFolderIsUnavailableAndTheFirstKeepsWorking() {
        try (RunStore first = RunHistory.open(home)) {
            long id = first.current().id();
            try (RunStore second = RunHistory.open(home)) {
                assertFalse(second instanceof RunHistory);
                assertEquals("Run history is unavailable: " + home.resolve("history.mv.db")
                        + " is locked by another InferScope window; results of this session will not be saved.",
                        second.openingProblem().orElseThrow());
                second.save(second.current().id(), "not saved", 0, SampleResults.regression());
            }
            first.save(id, "still saved", 0, SampleResults.classification());
            assertEquals(1, first.runs(id).runs().size());
        }
        try (RunStore again = RunHistory.open(home)) {
            assertTrue(again.openingProblem().isEmpty());
            assertEquals(1, again.current().runCount());
        }
    }

    @Test
    void aDamagedFileIsMovedAsideAndAFreshHistoryStarts() throws IOException {
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(home.resolve("history.mv.db"), garbage);
        try (RunStore store = RunHistory.open(home)) {
            assertInstanceOf(RunHistory.class, store);
            String problem = store.openingProblem().orElseThrow();
            Path aside = brokenFiles().get(0);
            assertTrue(problem.contains("is damaged; it was moved aside to " + aside.getFileName()), problem);
            assertTrue(problem.startsWith("Run history " + home.resolve("history.mv.db")), problem);
            assertEquals(1, brokenFiles().size());
            org.junit.jupiter.api.Assertions.assertArrayEquals(garbage, Files.readAllBytes(aside));
            long id = store.current().id();
            store.save(id, "fresh", 0, SampleResults.classification());
            assertEquals(1, store.runs(id).runs().size());
        }
    }

    @Test
    void theSessionStoreKeepsComparisonsInMemoryAndSaysWhy() {
        RunStore store = RunStore.unavailable("Run history is unavailable: test.");
        long id = store.current().id();
        store.save(id, "a", 2, SampleResults.classification());
        store.rename(id, "named");
        assertEquals("named", store.current().name());
        assertEquals(1, store.current().runCount());
        assertEquals("Run history is unavailable: test.", store.openingProblem().orElseThrow());
        store.delete(id);
        assertTrue(store.runs(id).runs().isEmpty());
        assertTrue(RunStore.inMemory().openingProblem().isEmpty());
    }

    private List<Path> brokenFiles() throws IOException {
        try (Stream<Path> files = Files.list(home)) {
            return files.filter(f -> f.getFileName().toString().startsWith("history-broken-")).toList();
        }
    }
}
