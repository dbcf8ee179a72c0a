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
import java.util.ArrayList;
import java.util.List;
import org.inferscope.engine.report.chart.BarChartModel;
import org.inferscope.app.viewmodel.WorkbenchViewModel;
import org.inferscope.engine.robustness.FeatureDrift;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drift reports of the digits sample against itself, a shifted copy and a file with other columns. */
class DriftStudyTest {
    /** pixel_4_4: a column of the digits with a spread (0 to 16), so a shift of 40 is several SDs. */
    static final int SHIFTED = 36;

    @TempDir
    Path temp;
    WorkbenchViewModel vm;
    DriftStudy drift;

    @BeforeEach
    void openDigits() {
        vm = DigitsWorkbench.digits();
        drift = new DriftStudy(vm.studies());
    }

    @Test
    void theDatasetAgainstItselfHasNoDriftedFeature() {
        drift.compare(DigitsWorkbench.DIGITS);
        assertNull(vm.errorProperty().get(), () -> vm.errorProperty().get().details());
        assertTrue(drift.resultProperty().get().report().drifted().isEmpty());
        assertTrue(drift.headlineProperty().get().startsWith("No feature drifted"), drift.headlineProperty().get());
        assertEquals(64, drift.features().size());
        assertTrue(drift.features().stream().allMatch(f -> f.psi() < 1e-6 && f.ksStatistic() == 0), drift.features().toString());
    }

    @Test
    void twoDatasetsCompareWithoutAModelOpen() {
        WorkbenchViewModel dataOnly = new WorkbenchViewModel(
                org.inferscope.engine.plugins.ProviderRegistry.discover(getClass().getClassLoader()),
                Runnable::run, Runnable::run);
        DriftStudy study = new DriftStudy(dataOnly.studies());
        study.compare(DigitsWorkbench.DIGITS);
        assertEquals("Open a dataset first: it is the reference the other dataset is compared with.",
                dataOnly.errorProperty().get().sentence());
        dataOnly.clearError();
        dataOnly.open(List.of(DigitsWorkbench.DIGITS));
        study.compare(DigitsWorkbench.DIGITS);
        assertNull(dataOnly.errorProperty().get(), () -> dataOnly.errorProperty().get().sentence());
        assertTrue(study.headlineProperty().get().startsWith("No feature drifted"), study.headlineProperty().get());
    }

    @Test
    void aColumnShiftedBySeveralStandardDeviationsIsFlaggedFirst() throws IOException {
        Path shifted = copyOfDigits("digits-shifted.csv", cells -> cells.set(SHIFTED,
                Double.toString(Double.parseDouble(cells.get(SHIFTED)) + 40)));
        drift.compare(shifted);

        assertNull(vm.errorProperty().get(), () -> vm.errorProperty().get().details());
        FeatureDrift top = drift.features().get(0);
        assertEquals("pixel_4_4", top.feature());
        assertEquals("major", top.level());
        assertEquals(List.of("pixel_4_4"), drift.resultProperty().get().report().drifted());
        assertTrue(drift.headlineProperty().get().startsWith("1 of 64 features drifted"), drift.headlineProperty().get());
        assertTrue(drift.headlineProperty().get().contains(": pixel_4_4. Retest accuracy on digits-shifted.csv"));
        BarChartModel chart = drift.chartProperty().get();
        assertEquals(15, chart.categories().size());
        assertEquals("pixel_4_4", chart.categories().get(0));
        assertEquals(top.psi(), chart.series().get(0).values().get("pixel_4_4"));
        assertTrue(org.inferscope.engine.report.chart.ChartSvg.render(chart).contains("pixel_4_4"));
    }

    @Test
    void aFileWithOtherColumnsGivesOneSentenceNamingThem() throws IOException {
        Path other = temp.resolve("three-columns.csv");
        Files.writeString(other, "width,height,depth,digit\n1,2,3,0\n4,5,6,1\n7,8,9,2\n");
        drift.compare(other);

        String sentence = vm.errorProperty().get().sentence();
        assertTrue(sentence.startsWith("three-columns.csv has 3 features and lacks 64 of the 64 in digits-test.csv"
                + " (pixel_0_0, pixel_0_1"), sentence);
        assertFalse(sentence.contains("\n"));
        assertNull(drift.resultProperty().get());
        assertFalse(drift.task().runningProperty().get());
    }

    @Test
    void theReportExportsAsCsvAndJsonThatParseBack() throws IOException {
        drift.writeJson(temp.resolve("early.json"));
        assertTrue(vm.errorProperty().get().sentence().startsWith("There is no drift report"));
        drift.compare(copyOfDigits("digits-shifted.csv", cells -> cells.set(SHIFTED, "40")));
        drift.writeCsv(temp.resolve("drift.csv"));
        drift.writeJson(temp.resolve("drift.json"));

        List<String> csv = Files.readAllLines(temp.resolve("drift.csv"));
        assertEquals("feature,psi,psi_level,ks_statistic,ks_p_value,drifted", csv.get(0));
        assertEquals(65, csv.size());
        assertTrue(csv.get(1).startsWith("pixel_4_4,") && csv.get(1).contains(",major,")
                && csv.get(1).endsWith(",true"), csv.get(1));
        assertTrue(csv.get(64).endsWith(",none,0.0,1.0,false"), csv.get(64));
        JsonNode json = new ObjectMapper().readTree(temp.resolve("drift.json").toFile());
        assertEquals("digits-test.csv", json.get("reference").asText());
        assertEquals("digits-shifted.csv", json.get("current").asText());
        assertEquals(0.25, json.get("psiMajor").asDouble());
        assertEquals(64, json.get("report").get("features").size());
        assertEquals("pixel_4_4", json.get("report").get("drifted").get(0).asText());
        assertNotNull(json.get("report").get("features").get(0).get("ksPValue"));
    }

    /** The digits test set with {@code change} applied to every data row's cells. */
    private Path copyOfDigits(String name, java.util.function.Consumer<List<String>> change) throws IOException {
        List<String> lines = Files.readAllLines(DigitsWorkbench.DIGITS);
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
            change.accept(cells);
            out.add(String.join(",", cells));
        }
        Path file = temp.resolve(name);
        Files.write(file, out);
        return file;
    }
}
