package org.inferscope.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model without the JavaFX toolkit: engine work and publishing both run on the calling thread. */
class WorkbenchViewModelTest {
    static final Path SAMPLES = Path.of(System.getProperty("inferscope.repo.root", ".."), "samples");
    static final Path MODEL = SAMPLES.resolve("models/digits-mlp.onnx");
    static final Path DATA = SAMPLES.resolve("datasets/digits-test.csv");

    @TempDir
    Path temp;
    WorkbenchViewModel vm;

    @BeforeEach
    void openSample() {
        vm = new WorkbenchViewModel(ProviderRegistry.discover(getClass().getClassLoader()), Runnable::run, Runnable::run,
                org.inferscope.app.history.RunStore.inMemory(), QuickRuns.TIMING);
        vm.loadDevices();
        vm.open(List.of(MODEL, DATA));
        vm.configuration().warmupProperty().set(2);
        vm.configuration().iterationsProperty().set(20);
        vm.configuration().batchSizesProperty().set("1, 32");
    }

    @Test
    void openingTheSampleFillsBothCardsAndAllowsARun() {
        assertEquals("digits-mlp", vm.modelProperty().get().name());
        assertTrue(vm.modelProperty().get().signature().contains("→"));
        assertEquals(64, vm.datasetProperty().get().info().columns());
        assertEquals("classification", vm.datasetProperty().get().task());
        assertEquals(65, vm.datasetProperty().get().previewColumns().size());
        assertFalse(vm.datasetProperty().get().previewRows().isEmpty());
        assertFalse(vm.devices().isEmpty());
        assertTrue(vm.deviceProperty().get().available());
        assertEquals("", vm.validationProperty().get());
        assertTrue(vm.canRunProperty().get());
    }

    @Test
    void anEmptyModelFileGivesOneSentenceAndKeepsEarlierResults() throws IOException {
        vm.run();
        Path empty = Files.createFile(temp.resolve("broken.onnx"));
        vm.open(List.of(empty));
        ErrorReport error = vm.errorProperty().get();
        assertNotNull(error);
        assertTrue(error.sentence().contains("broken.onnx"), error.sentence());
        assertFalse(error.sentence().contains("\n"));
        assertEquals(1, vm.rows().size());
        assertEquals("digits-mlp", vm.modelProperty().get().name());
        assertTrue(vm.canRunProperty().get());
    }

    @Test
    void twoConfigurationsGiveTwoComparisonRowsWithSaneNumbers() {
        vm.run();
        vm.configuration().precisionProperty().set(Precision.INT8_DYNAMIC);
        vm.run();
        assertNull(vm.errorProperty().get(), () -> vm.errorProperty().get().details());
        assertEquals(2, vm.rows().size());
        ComparisonRow fp32 = vm.rows().get(0);
        ComparisonRow int8 = vm.rows().get(1);
        assertEquals("digits-mlp · FP32", fp32.label());
        assertEquals("digits-mlp · INT8 dynamic", int8.label());
        assertTrue(fp32.quality() > 0.9, "accuracy " + fp32.quality());
        assertTrue(int8.quality() > 0.8, "accuracy " + int8.quality());
        assertTrue(fp32.p50Micros() > 0 && fp32.p99Micros() >= fp32.p50Micros());
        assertTrue(int8.rowsPerSecond() > 0);
        assertEquals(32, int8.largestBatchSize());
        assertTrue(int8.variantBytes() > 0 && int8.variantBytes() < fp32.variantBytes());
        assertTrue(int8.top1Agreement() > 0.8 && int8.top1Agreement() <= 1);
        assertFalse(fp32.colour().equals(int8.colour()));
        assertFalse(vm.runningProperty().get());
        assertEquals(1.0, vm.live().progressProperty().get());
        assertTrue(vm.live().histogramProperty().get().samples() > 0);
    }

    @Test
    void theSameConfigurationKeepsItsColour() {
        vm.run();
        vm.run();
        assertEquals(vm.rows().get(0).colour(), vm.rows().get(1).colour());
    }

    @Test
    void aDatasetWithTooFewFeaturesIsAValidationMessage() throws IOException {
        Path small = Files.writeString(temp.resolve("three.csv"), "a,b,c,label\n1,2,3,0\n4,5,6,1\n7,8,9,0\n");
        vm.open(List.of(small));
        assertFalse(vm.validationProperty().get().isEmpty());
        assertFalse(vm.canRunProperty().get());
        vm.run();
        assertEquals(0, vm.rows().size());
        assertEquals(vm.validationProperty().get(), vm.errorProperty().get().sentence());
    }

    @Test
    void badBatchSizesAreAValidationMessage() {
        vm.configuration().batchSizesProperty().set("1, zero");
        assertTrue(vm.validationProperty().get().contains("zero"));
        assertFalse(vm.canRunProperty().get());
    }

    @Test
    void exportWritesCsvRowsAndAJsonArray() throws IOException {
        vm.run();
        vm.configuration().sparsityProperty().set(0.5);
        vm.configuration().structuredProperty().set(true);
        vm.run();
        assertEquals("digits-mlp · FP32 · 50% structured", vm.rows().get(1).label());
        Path csv = temp.resolve("runs.csv");
        Path json = temp.resolve("runs.json");
        vm.exportCsv(csv);
        vm.exportJson(json);
        assertEquals(3, Files.readAllLines(csv).size());
        assertTrue(Files.readString(json).trim().startsWith("["));
    }

    @Test
    void anExcludedRunIsLeftOutOfTheExportButStaysInTheTable() throws IOException {
        vm.run();
        vm.configuration().precisionProperty().set(Precision.INT8_DYNAMIC);
        vm.run();
        vm.comparison().includedProperty(vm.rows().get(0)).set(false);
        Path csv = temp.resolve("included.csv");
        Path json = temp.resolve("included.json");
        vm.exportCsv(csv);
        vm.exportJson(json);
        assertEquals(2, Files.readAllLines(csv).size());
        String written = Files.readString(json);
        assertTrue(written.contains("INT8_DYNAMIC"));
        assertEquals(1, written.split("\"schemaVersion\"", -1).length - 1);
        assertEquals(2, vm.rows().size());
        assertEquals(1, vm.comparison().included().size());
    }

    @Test
    void staticInt8CalibrationThreadsAndScalingReachTheRunAndTheLabel() {
        RunConfiguration config = vm.configuration();
        config.precisionProperty().set(Precision.INT8_STATIC);
        config.calibrationProperty().set(org.inferscope.engine.api.CalibrationMethod.PERCENTILE);
        config.percentileProperty().set(99.9);
        config.calibrationRowsProperty().set(100);
        config.threadsProperty().set(1);
        config.scaleDivisorProperty().set("16");
        vm.run();
        assertNull(vm.errorProperty().get(), () -> vm.errorProperty().get().details());
        ComparisonRow row = vm.rows().get(0);
        assertEquals("digits-mlp · INT8 static (percentile 99.9, 100 rows) · 1 thread", row.label());
        assertEquals(100, row.result().transform().spec().calibrationRows());
        assertEquals(99.9, row.result().transform().spec().percentile());
        assertEquals("divisor=16.0 mean=0.0 std=1.0", row.result().provenance().settings().get("scaling"));
        assertEquals("1", row.result().provenance().settings().get("threads"));
    }

    @Test
    void badScalingAndNegativeThreadsAreValidationMessages() {
        vm.configuration().scaleStdProperty().set("0");
        assertTrue(vm.validationProperty().get().contains("standard deviation"), vm.validationProperty().get());
        vm.configuration().scaleStdProperty().set("1");
        vm.configuration().scaleMeanProperty().set("half");
        assertEquals("The scaling mean must be a number, not 'half'.", vm.validationProperty().get());
        vm.configuration().scaleMeanProperty().set("0");
        vm.configuration().threadsProperty().set(-1);
        assertFalse(vm.canRunProperty().get());
        vm.configuration().threadsProperty().set(0);
        assertTrue(vm.canRunProperty().get());
    }

    @Test
    void choosingAnotherTargetColumnReadsTheDatasetAgain() {
        vm.configuration().targetColumnProperty().set("pixel_0_1");
        assertEquals("pixel_0_1", vm.datasetProperty().get().info().target());
        vm.configuration().targetColumnProperty().set("no such column");
        assertNotNull(vm.errorProperty().get());
        assertEquals("pixel_0_1", vm.datasetProperty().get().info().target());
        vm.clearError();
        vm.configuration().targetColumnProperty().set("");
        assertEquals("digit", vm.datasetProperty().get().info().target());
        assertTrue(vm.canRunProperty().get());
    }

    @Test
    void exportingNothingIsAnErrorNotAnException() {
        vm.exportCsv(temp.resolve("none.csv"));
        assertTrue(vm.errorProperty().get().sentence().contains("nothing to export"));
    }

    @Test
    void datasetsDroppedOnTheComparisonGetARunOfEveryConfigurationEach() throws IOException {
        vm.run();
        vm.configuration().precisionProperty().set(Precision.INT8_DYNAMIC);
        vm.run();
        // two slices of the test split, each a dataset of its own
        List<String> lines = java.nio.file.Files.readAllLines(DATA);
        Path first = java.nio.file.Files.write(temp.resolve("slice-a.csv"), lines.subList(0, 150));
        List<String> second = new java.util.ArrayList<>(lines.subList(0, 1));
        second.addAll(lines.subList(150, lines.size()));
        Path other = java.nio.file.Files.write(temp.resolve("slice-b.csv"), second);
        vm.runOnDatasets(List.of(first, other));
        assertEquals(6, vm.rows().size());
        assertEquals(List.of("digits-test.csv", "digits-test.csv", "slice-a.csv", "slice-a.csv", "slice-b.csv",
                "slice-b.csv"), vm.rows().stream().map(ComparisonRow::dataset).toList());
        assertEquals(vm.rows().get(0).label(), vm.rows().get(2).label());
        assertEquals(vm.rows().get(1).colour(), vm.rows().get(5).colour());
        assertEquals(149, vm.rows().get(2).result().quality().rows());
    }

    @Test
    void aModelDroppedOnTheComparisonIsOneSentenceAndRunsNothing() {
        vm.run();
        vm.runOnDatasets(List.of(MODEL));
        assertEquals(1, vm.rows().size());
        assertTrue(vm.errorProperty().get().sentence().contains("is a model, not a dataset"),
                vm.errorProperty().get().sentence());
    }
}
