package org.inferscope.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.inferscope.app.history.Comparison;
import org.inferscope.app.history.RunHistory;
import org.inferscope.app.history.RunStore;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.report.ResultJson;
import org.inferscope.engine.testing.SampleResults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model saving to and restoring from a run history in a temporary home, without JavaFX. */
class WorkbenchHistoryTest {
    private final ProviderRegistry registry = ProviderRegistry.discover(getClass().getClassLoader());

    @TempDir
    Path home;
    RunStore store;

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aRestartShowsTheSameRunsWithTheSameLabelsAndColours() {
        WorkbenchViewModel before = start();
        before.run();
        before.configuration().precisionProperty().set(Precision.INT8_DYNAMIC);
        before.run();
        before.configuration().precisionProperty().set(Precision.FP32);
        before.run();
        assertNull(before.errorProperty().get(), () -> before.errorProperty().get().details());
        List<ComparisonRow> ran = List.copyOf(before.rows());
        store.close();

        WorkbenchViewModel after = start();
        assertNull(after.errorProperty().get(), () -> after.errorProperty().get().details());
        assertEquals(labelsAndColours(ran), labelsAndColours(after.rows()));
        ResultJson json = new ResultJson(false);
        assertEquals(json.toJson(ran.get(1).result()), json.toJson(after.rows().get(1).result()));
        assertEquals(3, after.currentComparisonProperty().get().runCount());
        after.configuration().precisionProperty().set(Precision.INT8_DYNAMIC);
        after.run();
        assertEquals(ran.get(1).colour(), after.rows().get(3).colour());
    }

    @Test
    void aRestartShowsTheSameExcludedRunsTheChosenBaselineAndTheRawSamples() {
        WorkbenchViewModel before = start();
        before.run();
        before.configuration().precisionProperty().set(Precision.INT8_DYNAMIC);
        before.run();
        before.run();
        before.comparison().includedProperty(before.rows().get(0)).set(false);
        before.comparison().setBaseline(before.rows().get(2));
        assertNull(before.errorProperty().get(), () -> before.errorProperty().get().details());
        store.close();

        WorkbenchViewModel after = start();
        ComparisonRows rows = after.comparison();
        assertEquals(List.of(false, true, true), after.rows().stream().map(r -> rows.includedProperty(r).get()).toList());
        assertSame(after.rows().get(2), rows.baselineProperty().get());
        assertEquals(List.of(after.rows().get(1), after.rows().get(2)), rows.included());
        assertEquals(20, after.rows().get(0).samples().latencyNanos().length);
    }

    @Test
    void aChoiceTheHistoryCannotKeepIsOneSentenceAndStaysInTheTable() {
        WorkbenchViewModel vm = start();
        vm.run();
        store.close();
        vm.comparison().includedProperty(vm.rows().get(0)).set(false);
        assertTrue(vm.errorProperty().get().sentence().startsWith("Could not leave out the run in the run history"),
                vm.errorProperty().get().sentence());
        assertTrue(vm.comparison().included().isEmpty());
    }

    @Test
    void newRenameSwitchAndDeleteChangeWhatIsShown() {
        WorkbenchViewModel vm = start();
        vm.run();
        long first = vm.currentComparisonProperty().get().id();
        vm.newComparison("Pruning");
        assertTrue(vm.rows().isEmpty());
        assertEquals(List.of("Pruning", firstName(vm)), names(vm));
        vm.renameComparison("Pruning at 50%");
        assertEquals("Pruning at 50%", vm.currentComparisonProperty().get().name());
        vm.switchTo(first);
        assertEquals(1, vm.rows().size());
        vm.deleteComparison();
        assertEquals(List.of("Pruning at 50%"), names(vm));
        assertTrue(vm.rows().isEmpty());
        assertEquals(1, store.comparisons().size());
    }

    @Test
    void aComparisonWithARunQueuedIsNotDeletedAndSaysWhy() {
        java.util.List<Runnable> worker = new java.util.ArrayList<>();
        store = RunHistory.open(home);
        WorkbenchViewModel vm = new WorkbenchViewModel(registry, worker::add, Runnable::run, store, QuickRuns.TIMING);
        vm.loadDevices();
        vm.open(List.of(WorkbenchViewModelTest.MODEL, WorkbenchViewModelTest.DATA));
        worker.remove(0).run();
        worker.remove(0).run();
        worker.remove(0).run();
        long id = vm.currentComparisonProperty().get().id();
        vm.run();
        vm.deleteComparison();
        assertEquals(id, vm.currentComparisonProperty().get().id());
        assertTrue(vm.errorProperty().get().sentence().startsWith("This comparison still has runs going or queued"));
        vm.cancel();
        worker.remove(0).run();
        vm.deleteComparison();
        assertTrue(store.comparisons().stream().noneMatch(c -> c.id() == id));
    }

    @Test
    void resultFilesOpenedOrDroppedJoinTheComparisonAndStayAfterARestart() throws Exception {
        Path cli = home.resolve("cli-run.json");
        new ResultJson().write(SampleResults.classification(), cli);
        RunResult spark = SampleResults.regression();
        java.util.Map<String, String> settings = new java.util.TreeMap<>(spark.provenance().settings());
        settings.put("sparkMaster", "local[2]");
        settings.put("sparkExecutors", "1");
        org.inferscope.engine.api.Provenance p = spark.provenance();
        Path sparkFile = home.resolve("spark-run.json");
        new ResultJson().write(new RunResult(spark.schemaVersion(), spark.model(), spark.dataset(), spark.quality(),
                spark.latency(), spark.throughput(), spark.memory(), spark.notes(),
                new org.inferscope.engine.api.Provenance(p.inferscopeVersion(), p.modelSha256(), p.datasetSha256(),
                        p.backend(), p.backendVersion(), p.device(), p.jvm(), p.os(), p.cpuModel(), p.cpuFlags(),
                        p.logicalCpus(), settings, p.seed(), p.startedAt()), null, null), sparkFile);
        Path broken = java.nio.file.Files.writeString(home.resolve("broken.json"), "{\"schemaVersion\": 1, \"quality\": [");

        Path point = java.nio.file.Files.writeString(home.resolve("point-0003.json"), "{\"schemaVersion\": 1,"
                + " \"index\": 3, \"status\": \"DONE\", \"run\": {\"result\": "
                + new ResultJson(false).toJson(SampleResults.classification()) + ", \"latencyNanos\": [1, 2]}}");
        assertEquals(new ResultJson(false).toJson(SampleResults.classification()),
                new ResultJson(false).toJson(ResultFiles.read(point)));

        WorkbenchViewModel before = start();
        before.open(List.of(cli));
        before.runOnDatasets(List.of(sparkFile));
        assertNull(before.errorProperty().get(), () -> before.errorProperty().get().details());
        before.open(List.of(broken));
        assertTrue(before.errorProperty().get().sentence().contains("broken.json is not a valid InferScope result"),
                before.errorProperty().get().sentence());
        Path other = java.nio.file.Files.writeString(home.resolve("other.json"), "{\"schemaVersion\": 1, \"name\": \"x\"}");
        before.open(List.of(other));
        assertTrue(before.errorProperty().get().sentence().startsWith("other.json is not an InferScope run result"),
                before.errorProperty().get().sentence());
        assertEquals(List.of("m · FP32", "m · FP32 · Spark local[2], 1 executor"),
                before.rows().stream().map(ComparisonRow::label).toList());
        assertTrue(!before.runningProperty().get());
        store.close();

        WorkbenchViewModel after = start();
        assertEquals(labelsAndColours(before.rows()), labelsAndColours(after.rows()));
        ResultJson json = new ResultJson(false);
        assertEquals(json.toJson(SampleResults.classification()), json.toJson(after.rows().get(0).result()));
    }

    @Test
    void anUnavailableHistoryIsShownAsTheErrorAndRunsStillWork() {
        String sentence = "Run history is unavailable: x is locked by another InferScope window;"
                + " results of this session will not be saved.";
        store = RunStore.unavailable(sentence);
        WorkbenchViewModel vm = open(new WorkbenchViewModel(registry, Runnable::run, Runnable::run, store, QuickRuns.TIMING));
        assertEquals(sentence, vm.errorProperty().get().sentence());
        vm.clearError();
        vm.run();
        assertNull(vm.errorProperty().get());
        assertEquals(1, vm.rows().size());
    }

    @Test
    void aLockedHistoryFromTheAppsOpenerReachesTheBanner() {
        store = RunHistory.open(home);
        try (RunStore second = RunHistory.open(home)) {
            WorkbenchViewModel vm = new WorkbenchViewModel(registry, Runnable::run, Runnable::run, second, QuickRuns.TIMING);
            assertTrue(vm.errorProperty().get().sentence().contains("is locked by another InferScope window"));
        }
    }

    private WorkbenchViewModel start() {
        store = RunHistory.open(home);
        return open(new WorkbenchViewModel(registry, Runnable::run, Runnable::run, store, QuickRuns.TIMING));
    }

    private static WorkbenchViewModel open(WorkbenchViewModel vm) {
        vm.loadDevices();
        vm.open(List.of(WorkbenchViewModelTest.MODEL, WorkbenchViewModelTest.DATA));
        vm.configuration().warmupProperty().set(2);
        vm.configuration().iterationsProperty().set(20);
        vm.configuration().batchSizesProperty().set("1, 32");
        return vm;
    }

    private static String firstName(WorkbenchViewModel vm) {
        return vm.comparisons().get(1).name();
    }

    private static List<String> names(WorkbenchViewModel vm) {
        return vm.comparisons().stream().map(Comparison::name).toList();
    }

    private static List<String> labelsAndColours(List<ComparisonRow> rows) {
        return rows.stream().map(r -> r.label() + " " + r.colour()).toList();
    }
}
