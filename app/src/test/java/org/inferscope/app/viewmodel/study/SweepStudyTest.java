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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.inferscope.app.history.RunStore;
import org.inferscope.engine.report.chart.LineChartModel;
import org.inferscope.app.viewmodel.QuickRuns;
import org.inferscope.app.viewmodel.WorkbenchViewModel;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.sweep.SweepConfiguration;
import org.inferscope.engine.sweep.SweepListener;
import org.inferscope.engine.sweep.SweepPoint;
import org.inferscope.engine.sweep.SweepReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep without the JavaFX toolkit on the digits MLP: engine work and publishing run on the calling thread. */
class SweepStudyTest {
    static final Path SAMPLES = Path.of(System.getProperty("inferscope.repo.root", ".."), "samples");

    @TempDir
    Path temp;
    WorkbenchViewModel workbench;
    SweepStudy sweep;
    final List<Integer> started = new ArrayList<>();
    final List<String> statusAtStart = new ArrayList<>();
    final List<Integer> rowsWhenSaved = new ArrayList<>();
    int cancelAfter = -1;

    @BeforeEach
    void openTheSample() {
        workbench = open("digits-mlp.onnx", "digits-test.csv");
        sweep = new SweepStudy(workbench.studies(), temp.resolve("sweeps"), 1, new SweepListener() {
            @Override
            public void onPointStarted(SweepConfiguration c, int index, int total) {
                started.add(index);
                statusAtStart.add(sweep.task().statusProperty().get());
            }

            @Override
            public void onPointSaved(SweepPoint point, int done, int total, Duration remaining) {
                rowsWhenSaved.add(sweep.rows().size());
                if (done == cancelAfter) {
                    sweep.cancel();
                }
            }
        });
        sweep.prefill();
        fourPoints(sweep.grid());
    }

    static WorkbenchViewModel open(String model, String data) {
        WorkbenchViewModel vm = new WorkbenchViewModel(ProviderRegistry.discover(SweepStudyTest.class.getClassLoader()),
                Runnable::run, Runnable::run, RunStore.inMemory(), QuickRuns.TIMING);
        vm.loadDevices();
        vm.open(List.of(SAMPLES.resolve("models").resolve(model), SAMPLES.resolve("datasets").resolve(data)));
        vm.configuration().warmupProperty().set(2);
        vm.configuration().iterationsProperty().set(20);
        vm.configuration().batchSizesProperty().set("1, 32");
        return vm;
    }

    /** FP32 and INT8 dynamic, no pruning, batch 1 and 8. */
    static void fourPoints(SweepGrid grid) {
        grid.precisions().forEach(p -> p.chosenProperty().set(p.value() == Precision.FP32
                || p.value() == Precision.INT8_DYNAMIC));
        grid.sparsitiesProperty().set("0");
        grid.batchSizesProperty().set("1, 8");
    }

    @Test
    void theGridIsPrefilledFromTheConfigurationAndEstimatesItsPoints() {
        sweep.prefill();
        SweepGrid grid = sweep.grid();
        assertFalse(grid.devices().isEmpty());
        assertEquals(1, grid.devices().stream().filter(d -> d.chosenProperty().get()).count());
        assertEquals("1, 32", grid.batchSizesProperty().get());
        assertEquals("0, 0.5", grid.sparsitiesProperty().get());
        assertEquals(List.of(Precision.FP32, Precision.INT8_DYNAMIC, Precision.INT8_STATIC), grid.precisions().stream()
                .filter(p -> p.chosenProperty().get()).map(GridChoice::value).toList());
        assertTrue(grid.validProperty().get());
        assertTrue(grid.estimateProperty().get().startsWith("12 points, about "), grid.estimateProperty().get());

        fourPoints(grid);
        assertTrue(grid.estimateProperty().get().startsWith("4 points, about "), grid.estimateProperty().get());
        grid.sparsitiesProperty().set("0, 50%");
        assertTrue(grid.estimateProperty().get().startsWith("8 points"), grid.estimateProperty().get());
    }

    @Test
    void anInvalidGridSaysWhyInOneSentenceAndCannotStart() {
        SweepGrid grid = sweep.grid();
        grid.sparsitiesProperty().set("0, 1.5");
        assertFalse(grid.validProperty().get());
        assertEquals("", grid.estimateProperty().get());
        assertTrue(grid.problemProperty().get().contains("'1.5'"), grid.problemProperty().get());
        grid.sparsitiesProperty().set("0, half");
        assertTrue(grid.problemProperty().get().contains("'half'"), grid.problemProperty().get());
        grid.sparsitiesProperty().set(" ");
        assertTrue(grid.problemProperty().get().startsWith("Type at least one sparsity"));
        grid.sparsitiesProperty().set("0");
        grid.batchSizesProperty().set("1, 0");
        assertTrue(grid.problemProperty().get().contains("'0'"), grid.problemProperty().get());
        grid.batchSizesProperty().set("1");
        grid.precisions().forEach(p -> p.chosenProperty().set(false));
        assertEquals("Tick at least one precision.", grid.problemProperty().get());
        grid.precisions().get(0).chosenProperty().set(true);
        grid.devices().forEach(d -> d.chosenProperty().set(false));
        assertEquals("Tick at least one device.", grid.problemProperty().get());

        sweep.start();
        assertEquals("Tick at least one device.", workbench.errorProperty().get().sentence());
        assertFalse(Files.exists(temp.resolve("sweeps")), "nothing was created");
    }

    @Test
    void aSweepSavesEachPointAndShowsItAtOnceWithTheFrontier() throws IOException {
        sweep.start();

        assertNull(workbench.errorProperty().get(), () -> workbench.errorProperty().get().details());
        assertEquals("Sweep: done.", sweep.task().statusProperty().get());
        assertEquals(List.of(0, 1, 2, 3), started);
        assertEquals(List.of(1, 2, 3, 4), rowsWhenSaved, "each point shows the moment it is saved");
        assertTrue(statusAtStart.get(2).startsWith("point 3 of 4: INT8 dynamic · batch 1"), statusAtStart.get(2));
        assertTrue(statusAtStart.get(3).contains("left"), statusAtStart.get(3));
        assertEquals(4, sweep.rows().size());
        for (SweepRow row : sweep.rows()) {
            assertTrue(row.measured(), row.failure());
            assertTrue(row.quality().value() > 80, row.quality().text());
            assertTrue(row.quality().text().matches("\\d+\\.\\d\\d% \\[\\d+\\.\\d\\d, \\d+\\.\\d\\d]"), row.quality().text());
            assertTrue(row.p50().value() > 0 && row.p99().value() >= row.p50().value());
            assertTrue(row.throughput().value() > 0);
            assertTrue(row.size().text().endsWith("KB"));
        }
        assertEquals("FP32 · batch 1", sweep.rows().get(0).configuration());
        assertEquals(sweep.rows().get(0).colour(), sweep.rows().get(1).colour(), "a variant's batch sizes share a colour");
        assertTrue(sweep.rows().stream().anyMatch(SweepRow::onFrontier));
        assertEquals("4 of 4 points saved.", sweep.summaryProperty().get());
        SweepState state = sweep.stateProperty().get();
        assertEquals(SweepReport.of(state.plan(), List.copyOf(state.points().values()), state.plan().base().seed()),
                state.report(), "intervals computed point by point are the engine's report's");

        Path folder = sweep.stateProperty().get().folder();
        assertEquals(temp.resolve("sweeps"), folder.getParent());
        assertTrue(folder.getFileName().toString().matches("digits-mlp-\\d{8}-\\d{6}"), folder.toString());
        for (int i = 0; i < 4; i++) {
            assertTrue(Files.exists(folder.resolve(String.format("points/%04d.json", i))));
        }
        for (String report : List.of("sweep.json", "report.json", "report.csv", "report.html")) {
            assertTrue(Files.size(folder.resolve(report)) > 0, report);
        }

        LineChartModel chart = sweep.chartProperty().get().model();
        List<LineChartModel.Line> points = chart.lines().stream().filter(sweep.chartProperty().get()::isPoint).toList();
        assertEquals(4, points.size());
        assertTrue(points.stream().allMatch(l -> l.points().get(0).hasInterval()), "every dot has its whisker");
        assertEquals("accuracy (%)", chart.yAxis());
        assertEquals(SweepAxis.P50_LATENCY.title(), chart.xAxis());
        assertEquals("Frontier (accuracy, p50 latency, size)", sweep.chartProperty().get().frontier());
        assertFalse(sweep.chartProperty().get().onFrontier().isEmpty());
        sweep.axisProperty().set(SweepAxis.THROUGHPUT);
        PointsChart across = sweep.chartProperty().get();
        assertEquals(SweepAxis.THROUGHPUT.title(), across.model().xAxis());
        assertEquals(sweep.rows().stream().filter(SweepRow::onFrontier).map(SweepRow::configuration)
                .collect(Collectors.toSet()), across.onFrontier(), "across throughput the chart rings the table's stars");

        assertEquals(4, workbench.rows().size(), "each point joined the comparison");
    }

    @Test
    void eachPointJoinsTheComparisonWithItsSamplesWhileTheSweepStillHoldsTheEngine() {
        java.util.ArrayDeque<Runnable> engine = new java.util.ArrayDeque<>();
        WorkbenchViewModel queued = new WorkbenchViewModel(ProviderRegistry.discover(getClass().getClassLoader()),
                engine::add, Runnable::run, RunStore.inMemory(), QuickRuns.TIMING);
        queued.loadDevices();
        queued.open(List.of(SAMPLES.resolve("models/digits-mlp.onnx"), SAMPLES.resolve("datasets/digits-test.csv")));
        while (!engine.isEmpty()) {
            engine.poll().run();
        }
        queued.configuration().warmupProperty().set(2);
        queued.configuration().iterationsProperty().set(20);
        List<Integer> rowsWhileRunning = new ArrayList<>();
        SweepStudy live = new SweepStudy(queued.studies(), temp.resolve("live"), 1, new SweepListener() {
            @Override
            public void onPointStarted(SweepConfiguration c, int index, int total) {
                rowsWhileRunning.add(queued.rows().size());
            }
        });
        live.prefill();
        fourPoints(live.grid());
        live.start();
        assertEquals(1, engine.size(), "the sweep is one job on the engine thread");
        engine.poll().run();
        assertEquals(List.of(0, 1, 2, 3), rowsWhileRunning, "each point was in the comparison before the next began");
        assertEquals(4, queued.rows().size());
        assertTrue(queued.rows().stream().allMatch(r -> r.samples() != null), "with its samples, for intervals");
        assertTrue(engine.isEmpty(), "nothing was left waiting for the engine");
    }

    @Test
    void withoutAddingToTheComparisonThePointsStayInTheSweep() {
        sweep.addToComparisonProperty().set(false);
        sweep.start();
        assertEquals(4, sweep.rows().size());
        assertEquals(0, workbench.rows().size());
    }

    @Test
    void aCancelledSweepResumesWithoutRunningItsSavedPointsAgain() throws IOException {
        cancelAfter = 2;
        sweep.start();
        assertEquals("Sweep: cancelled.", sweep.task().statusProperty().get());
        assertEquals(2, sweep.rows().size());
        assertTrue(sweep.stateProperty().get().unfinished());
        assertEquals("2 of 4 points saved, 2 not run yet (Resume… continues it).", sweep.summaryProperty().get());
        Path folder = sweep.stateProperty().get().folder();
        String first = Files.readString(folder.resolve("points/0000.json"));
        assertFalse(Files.exists(folder.resolve("report.json")), "the report is written when the sweep ends");

        cancelAfter = -1;
        started.clear();
        SweepStudy fresh = new SweepStudy(workbench.studies(), temp.resolve("sweeps"), 1, new SweepListener() {
            @Override
            public void onPointStarted(SweepConfiguration c, int index, int total) {
                started.add(index);
            }
        });
        fresh.resume(folder);

        assertNull(workbench.errorProperty().get(), () -> workbench.errorProperty().get().details());
        assertEquals(List.of(2, 3), started, "only the points not saved ran");
        assertEquals(4, fresh.rows().size());
        assertFalse(fresh.stateProperty().get().unfinished());
        assertEquals(first, Files.readString(folder.resolve("points/0000.json")), "a saved point is never rewritten");
        assertTrue(Files.exists(folder.resolve("report.json")));
    }

    @Test
    void aSavedSweepResumesInAWindowWithNothingOpen() {
        cancelAfter = 1;
        sweep.start();
        Path folder = sweep.stateProperty().get().folder();
        cancelAfter = -1;
        started.clear();
        WorkbenchViewModel empty = new WorkbenchViewModel(
                org.inferscope.engine.plugins.ProviderRegistry.discover(getClass().getClassLoader()),
                Runnable::run, Runnable::run, org.inferscope.app.history.RunStore.inMemory(),
                org.inferscope.app.viewmodel.QuickRuns.TIMING);
        SweepStudy fresh = new SweepStudy(empty.studies(), temp.resolve("sweeps"), 1, new SweepListener() {
            @Override
            public void onPointStarted(SweepConfiguration c, int index, int total) {
                started.add(index);
            }
        });
        fresh.resume(folder);
        assertNull(empty.errorProperty().get(), () -> empty.errorProperty().get().details());
        assertEquals(List.of(1, 2, 3), started);
        assertEquals(4, fresh.rows().size());
    }

    @Test
    void aGridWhoseDevicesNoLongerFitTheModelIsFilledAgainBeforeAnythingRuns() {
        workbench.open(List.of(SAMPLES.resolve("models/iris-logistic.tribuo"), SAMPLES.resolve("datasets/iris-test.csv")));
        sweep.start();
        assertTrue(workbench.errorProperty().get().sentence().contains("filled again"),
                workbench.errorProperty().get().sentence());
        assertTrue(started.isEmpty());
        assertTrue(sweep.grid().devices().stream().allMatch(d -> d.value().backendId().equals("tribuo")),
                sweep.grid().devices().stream().map(d -> d.value().qualifiedId()).toList()::toString);
    }

    @Test
    void resumingAFolderWithoutASweepSaysSo() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("not-a-sweep"));
        sweep.resume(empty);
        assertTrue(workbench.errorProperty().get().sentence().contains("holds no sweep"),
                workbench.errorProperty().get().sentence());
        assertTrue(started.isEmpty());
    }

    @Test
    void resumingASweepWhoseModelIsGoneSaysWhichFile() throws IOException {
        cancelAfter = 1;
        sweep.start();
        Path folder = sweep.stateProperty().get().folder();
        Path plan = folder.resolve("sweep.json");
        String json = Files.readString(plan);
        assertTrue(json.contains("digits-mlp.onnx"), json);
        Files.writeString(plan, json.replaceAll("\"model\" : \"[^\"]*\"", "\"model\" : \"" + temp.resolve("gone.onnx") + "\""));
        started.clear();
        sweep.resume(folder);
        assertTrue(workbench.errorProperty().get().sentence().contains("gone.onnx, which is no longer there"),
                workbench.errorProperty().get().sentence());
        assertTrue(started.isEmpty());
    }

    @Test
    void theExportsHoldEveryPoint() throws IOException {
        sweep.start();
        sweep.exportJson(temp.resolve("sweep.json"));
        sweep.exportCsv(temp.resolve("sweep.csv"));
        sweep.exportHtml(temp.resolve("sweep.html"));
        assertNull(workbench.errorProperty().get(), () -> workbench.errorProperty().get().details());

        JsonNode report = new ObjectMapper().readTree(temp.resolve("sweep.json").toFile());
        assertEquals(4, report.get("total").asInt());
        assertEquals(4, report.get("points").size());
        assertTrue(report.get("points").get(0).get("statistics").get("accuracy").has("lower"));

        List<String> lines = Files.readAllLines(temp.resolve("sweep.csv"));
        assertEquals(5, lines.size());
        List<String> header = List.of(lines.get(0).split(","));
        assertEquals(SweepExport.COLUMNS, header);
        for (String line : lines.subList(1, 5)) {
            String[] cells = line.split(",", -1);
            assertEquals(header.size(), cells.length, line);
            Map<String, String> row = zip(header, cells);
            assertEquals("done", row.get("status"));
            double low = Double.parseDouble(row.get("accuracy_low"));
            double high = Double.parseDouble(row.get("accuracy_high"));
            double accuracy = Double.parseDouble(row.get("accuracy"));
            assertTrue(low <= accuracy && accuracy <= high, line);
            assertTrue(Double.parseDouble(row.get("p50_us_low")) <= Double.parseDouble(row.get("p50_us_high")));
        }
        assertEquals(4, lines.stream().skip(1).map(l -> l.split(",")[1]).distinct().count());

        String html = Files.readString(temp.resolve("sweep.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertEquals(4, html.split("<circle", -1).length - 1, "a dot per point");
    }

    @Test
    void aCancelledSweepsCsvListsThePointsNotRunYet() throws IOException {
        cancelAfter = 1;
        sweep.start();
        sweep.exportCsv(temp.resolve("partial.csv"));
        List<String> statuses = Files.readAllLines(temp.resolve("partial.csv")).stream().skip(1)
                .map(l -> l.split(",", -1)[7]).toList();
        assertEquals(List.of("done", "not run", "not run", "not run"), statuses);
    }

    @Test
    void nothingToExportBeforeASweepIsOneSentence() {
        sweep.exportCsv(temp.resolve("nothing.csv"));
        assertNotNull(workbench.errorProperty().get());
        assertFalse(Files.exists(temp.resolve("nothing.csv")));
    }

    @Test
    void aRegressionSweepShowsTheMse() {
        WorkbenchViewModel diabetes = open("diabetes-linear.onnx", "diabetes-test.csv");
        SweepStudy regression = new SweepStudy(diabetes.studies(), temp.resolve("sweeps"), 1, SweepListener.NONE);
        regression.prefill();
        regression.grid().precisions().forEach(p -> p.chosenProperty().set(p.value() == Precision.FP32));
        regression.grid().sparsitiesProperty().set("0");
        regression.grid().batchSizesProperty().set("4");
        regression.start();
        assertNull(diabetes.errorProperty().get(), () -> diabetes.errorProperty().get().details());
        assertEquals(1, regression.rows().size());
        assertTrue(regression.rows().get(0).quality().text().startsWith("MSE "), regression.rows().get(0).quality().text());
        assertEquals("MSE (lower is better)", regression.chartProperty().get().model().yAxis());
    }

    private static Map<String, String> zip(List<String> header, String[] cells) {
        return java.util.stream.IntStream.range(0, header.size()).boxed()
                .collect(Collectors.toMap(header::get, i -> cells[i]));
    }
}
