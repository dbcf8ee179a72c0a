package org.inferscope.app.viewmodel.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inferscope.app.history.RunStore;
import org.inferscope.engine.report.chart.ChartSvg;
import org.inferscope.engine.report.chart.LineChartModel;
import org.inferscope.app.viewmodel.ErrorReport;
import org.inferscope.app.viewmodel.QuickRuns;
import org.inferscope.app.viewmodel.WorkbenchViewModel;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.scenario.LoadGenScenarios;
import org.inferscope.engine.scenario.ServerTrial;
import org.inferscope.engine.stats.ConfidenceInterval;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The measured scenarios on the bundled digits MLP with tiny settings; engine and UI both run on the test thread. */
class ScenarioStudyTest {
    static final Path SAMPLES = Path.of(System.getProperty("inferscope.repo.root", ".."), "samples");

    @TempDir
    Path temp;
    WorkbenchViewModel vm;
    ScenarioStudy study;

    @BeforeEach
    void openSample() {
        vm = new WorkbenchViewModel(ProviderRegistry.discover(getClass().getClassLoader()), Runnable::run, Runnable::run,
                RunStore.inMemory(), QuickRuns.TIMING);
        vm.loadDevices();
        vm.open(List.of(SAMPLES.resolve("models/digits-mlp.onnx"), SAMPLES.resolve("datasets/digits-test.csv")));
        vm.configuration().warmupProperty().set(2);
        vm.configuration().iterationsProperty().set(20);
        vm.configuration().batchSizesProperty().set("1, 32");
        study = new ScenarioStudy(vm.studies());
    }

    @Test
    void singleStreamGivesAP90WhoseIntervalContainsItAndOneSampleAQuery() {
        study.singleStream().queriesProperty().set("60");
        study.singleStream().run();

        SingleStreamOutcome outcome = finished(study.singleStream().result());
        ConfidenceInterval p90 = outcome.result().p90Micros();
        assertTrue(p90.contains(p90.estimate()), p90.toString());
        assertTrue(outcome.result().p50Micros().estimate() <= p90.estimate());
        assertEquals(60, outcome.result().queries());
        assertEquals(60, outcome.latencyMicros().length);
        assertTrue(study.singleStream().result().headlineProperty().get().startsWith("p90 latency "));
        assertTrue(study.singleStream().result().settingProperty().get().startsWith("digits-mlp · FP32 on "));
        assertEquals("SingleStream: done.", study.task().statusProperty().get());
    }

    @Test
    void singleStreamChartRisesWithThePercentileAndMarksTheP90() {
        study.singleStream().queriesProperty().set("40");
        study.singleStream().run();

        LineChartModel chart = study.singleStream().result().chartProperty().get();
        List<LineChartModel.Point> curve = chart.lines().get(0).points();
        assertEquals(17 + 10, curve.size()); // 5, 10, …, 85, then 86 to 95
        for (int i = 1; i < curve.size(); i++) {
            assertTrue(curve.get(i).y() >= curve.get(i - 1).y(), "percentile " + (i + 1));
        }
        LineChartModel.Point marked = chart.lines().get(1).points().get(0);
        assertTrue(marked.hasInterval() && marked.low() <= marked.y() && marked.y() <= marked.high());
        assertEquals(marked.y(), chart.guides().get(0).y());
    }

    @Test
    void singleStreamChartWritesAsSvgWithThePercentileCurveAndTheP90Whisker() {
        study.singleStream().queriesProperty().set("30");
        study.singleStream().run();

        String svg = ChartSvg.render(study.singleStream().result().chart());
        assertTrue(svg.contains("SingleStream latency by percentile (p5 to p95)"));
        assertTrue(svg.contains("p90 with 95% CI"));
        assertTrue(svg.contains("percentile of queries (%)"));
    }

    @Test
    void cancellingWhileTheQueriesAreTimedEndsTheRunAsCancelledAndKeepsTheEarlierResult() {
        study.singleStream().queriesProperty().set("30");
        study.singleStream().run();
        SingleStreamOutcome earlier = finished(study.singleStream().result());
        study.task().statusProperty().addListener((obs, was, now) -> {
            if (now.contains("timing single-row queries")) {
                study.task().cancel();
            }
        });
        study.singleStream().queriesProperty().set("5000");
        study.singleStream().run();

        assertEquals("SingleStream: cancelled.", study.task().statusProperty().get());
        assertFalse(study.task().runningProperty().get());
        assertEquals(earlier, study.singleStream().result().outcomeProperty().get());
        assertNull(vm.errorProperty().get());
    }

    @Test
    void offlineListsEveryBatchSizeInOrderAndNamesTheBest() {
        study.offline().batchSizesProperty().set("1, 8, 64");
        study.offline().roundsProperty().set("5");
        study.offline().run();

        LoadGenScenarios.Offline offline = finished(study.offline().result()).result();
        assertEquals(List.of(1, 8, 64), offline.rates().stream().map(LoadGenScenarios.BatchRate::batchSize).toList());
        double most = offline.rates().stream().mapToDouble(r -> r.rowsPerSecond().estimate()).max().orElseThrow();
        assertEquals(most, offline.bestRowsPerSecond().estimate());
        offline.rates().forEach(r -> assertTrue(r.rowsPerSecond().contains(r.rowsPerSecond().estimate())));
        assertTrue(study.offline().result().headlineProperty().get().endsWith("at batch size " + offline.bestBatchSize()
                + "."));
        assertEquals(3, study.offline().result().chart().lines().get(0).points().size());
    }

    @Test
    void serverSearchGivesTheFastestTrialThatMetTheBoundOrSaysWhyNoneDid() {
        study.server().queriesProperty().set("50");
        study.server().stepsProperty().set("1");
        study.server().run();

        ServerOutcome outcome = finished(study.server().result());
        List<ServerTrial> trials = outcome.search().trials();
        assertFalse(trials.isEmpty());
        trials.forEach(t -> assertTrue(t.issued() <= t.queries() && t.p50Micros() <= t.p99Micros(), t.toString()));
        Double best = outcome.search().maxRatePerSecond();
        String headline = study.server().result().headlineProperty().get();
        if (best == null) {
            assertTrue(trials.stream().noneMatch(ServerTrial::meetsBound));
            assertTrue(headline.startsWith("No rate tried meets p99 ≤ 10 ms"), headline);
        } else {
            assertEquals(best, trials.stream().filter(ServerTrial::meetsBound).mapToDouble(ServerTrial::ratePerSecond)
                    .max().orElseThrow());
            assertTrue(headline.startsWith("Highest rate meeting p99 ≤ 10 ms: "), headline);
        }
        assertEquals(trials.size(), outcome.table().rows().size());
    }

    @Test
    void edgeOrCloudGivesOneComparisonPerCommonBatchSizeAndAHugeRoundTripLeavesTheLocalAhead() {
        vm.run();
        vm.configuration().precisionProperty().set(Precision.INT8_DYNAMIC);
        vm.run();
        EdgeStudy edge = study.edge();
        edge.refreshRuns();
        assertEquals("", edge.problemProperty().get());
        assertNotNull(edge.localProperty().get());
        assertFalse(edge.localProperty().get().equals(edge.remoteProperty().get()));

        edge.compare();
        assertEquals(List.of(1, 32), finished(edge.result()).comparisons().stream().map(c -> c.batchSize()).toList());

        edge.roundTripMillisProperty().set("1000000");
        edge.compare();
        EdgeOutcome far = finished(edge.result());
        assertTrue(far.remoteWins().isEmpty());
        assertTrue(far.headline().startsWith("The local device is faster at every batch size measured (batch sizes 1"
                + " to 32)"), far.headline());
        assertEquals(3, far.chart().lines().size());
    }

    @Test
    void edgeOrCloudWithOneRunSaysInOneSentenceThatItNeedsTwo() {
        vm.run();
        study.edge().refreshRuns();
        assertEquals(EdgeStudy.TOO_FEW, study.edge().problemProperty().get());
        study.edge().compare();
        assertEquals(EdgeStudy.TOO_FEW, vm.errorProperty().get().sentence());
        assertNull(study.edge().result().outcomeProperty().get());
    }

    @Test
    void aWrongSettingIsOneSentenceAndNothingRuns() {
        study.singleStream().queriesProperty().set("a few");
        assertEquals("Queries must be a whole number from 10 to 10,000,000.", study.singleStream().problemProperty().get());
        study.singleStream().run();
        assertEquals("Queries must be a whole number from 10 to 10,000,000.", vm.errorProperty().get().sentence());
        assertEquals("", study.task().statusProperty().get());
        study.server().boundMillisProperty().set("0");
        assertEquals("The p99 bound must be a number of milliseconds above 0.", study.server().problemProperty().get());
        study.offline().batchSizesProperty().set("1, 0");
        assertEquals("Each batch size must be a whole number from 1 to 1,000,000.", study.offline().problemProperty().get());
    }

    @Test
    void exportingBeforeARunSaysThereIsNothingYet() {
        study.offline().result().exportCsv(temp.resolve("offline.csv"));
        ErrorReport error = vm.errorProperty().get();
        assertEquals("There is nothing to export yet: run the scenario first.", error.sentence());
        assertFalse(Files.exists(temp.resolve("offline.csv")));
    }

    @Test
    void exportsAreCsvWithAHeaderAndJsonThatParses() throws IOException {
        study.singleStream().queriesProperty().set("30");
        study.singleStream().run();
        study.offline().batchSizesProperty().set("1, 16");
        study.offline().roundsProperty().set("5");
        study.offline().run();
        Path csv = temp.resolve("singlestream.csv");
        Path json = temp.resolve("singlestream.json");
        Path offlineCsv = temp.resolve("offline.csv");
        study.singleStream().result().exportCsv(csv);
        study.singleStream().result().exportJson(json);
        study.offline().result().exportCsv(offlineCsv);
        assertNull(vm.errorProperty().get(), () -> vm.errorProperty().get().details());

        List<String> lines = Files.readAllLines(csv);
        assertEquals("statistic,estimate_us,ci_low_us,ci_high_us,ci_level,queries", lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith("p90,") && lines.get(1).endsWith(",0.95,30"), lines.get(1));
        JsonNode tree = new ObjectMapper().readTree(json.toFile());
        assertEquals(30, tree.get("latencyMicros").size());
        assertTrue(tree.at("/result/p90Micros/estimate").isNumber());
        assertTrue(tree.get("configuration").asText().startsWith("digits-mlp"));
        assertNull(tree.get("headline"));
        List<String> offline = Files.readAllLines(offlineCsv);
        assertEquals(3, offline.size());
        assertTrue(offline.get(1).startsWith("1,") && offline.get(2).startsWith("16,"));
    }

    @Test
    void serverAndEdgeExportsParse() throws IOException {
        vm.run();
        vm.run();
        study.edge().refreshRuns();
        study.edge().compare();
        study.server().queriesProperty().set("20");
        study.server().stepsProperty().set("0");
        study.server().run();
        Path edge = temp.resolve("edge.json");
        Path server = temp.resolve("server.json");
        Path serverCsv = temp.resolve("server.csv");
        study.edge().result().exportJson(edge);
        study.server().result().exportJson(server);
        study.server().result().exportCsv(serverCsv);
        assertNull(vm.errorProperty().get(), () -> vm.errorProperty().get().details());

        ObjectMapper json = new ObjectMapper();
        assertEquals(2, json.readTree(edge.toFile()).get("comparisons").size());
        JsonNode trials = json.readTree(server.toFile()).at("/search/trials");
        assertTrue(trials.size() > 0);
        assertEquals(trials.size() + 1, Files.readAllLines(serverCsv).size());
    }

    private static <T extends ScenarioOutcome> T finished(ScenarioResult<T> result) {
        T outcome = result.outcomeProperty().get();
        assertNotNull(outcome, result.headlineProperty().get());
        return outcome;
    }
}
