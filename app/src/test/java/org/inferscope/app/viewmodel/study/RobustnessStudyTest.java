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
import org.inferscope.engine.report.chart.LineChartModel;
import org.inferscope.app.viewmodel.ComparisonRow;
import org.inferscope.app.viewmodel.WorkbenchViewModel;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.robustness.Perturbation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Robustness curves on the bundled digits MLP, without JavaFX: everything runs on the test thread. */
class RobustnessStudyTest {
    @TempDir
    Path temp;

    @Test
    void levelZeroIsTheUnperturbedAccuracyAndHeavyNoiseLowersItBeyondItsInterval() {
        WorkbenchViewModel vm = DigitsWorkbench.digits();
        vm.run();
        double unperturbed = vm.rows().get(0).quality();
        RobustnessStudy study = new RobustnessStudy(vm.studies());
        study.levelsProperty().set("2, 0");
        study.run();

        assertNull(vm.errorProperty().get(), () -> vm.errorProperty().get().details());
        RobustnessCurves curves = study.resultProperty().get();
        assertEquals("accuracy", curves.metric());
        List<RobustnessCurves.Point> points = curves.curves().get(0).points();
        assertEquals(List.of(0.0, 2.0), points.stream().map(RobustnessCurves.Point::level).toList());
        RobustnessCurves.Point clean = points.get(0);
        assertTrue(clean.ci95Low() <= unperturbed && unperturbed <= clean.ci95High(),
                unperturbed + " outside " + clean);
        assertEquals(unperturbed, clean.value(), 1e-9);
        RobustnessCurves.Point noisy = points.get(1);
        assertTrue(noisy.value() < clean.ci95Low(), noisy + " against " + clean);
        assertEquals(noisy.value() - clean.value(), noisy.changeFromLevel0(), 1e-12);
        assertEquals(2, study.rows().size());
        assertTrue(study.headlineProperty().get().startsWith("digits-mlp · FP32 "), study.headlineProperty().get());
        assertFalse(study.task().runningProperty().get());
    }

    @Test
    void everyConfigurationOfTheComparisonGetsItsOwnLineInItsComparisonColour() {
        WorkbenchViewModel vm = DigitsWorkbench.digits();
        vm.run();
        vm.configuration().precisionProperty().set(Precision.INT8_DYNAMIC);
        vm.run();
        vm.run(); // a second run of one configuration is still one line
        RobustnessStudy study = new RobustnessStudy(vm.studies());
        study.kindProperty().set(Perturbation.Kind.FEATURE_DROPOUT);
        study.levelsProperty().set("0, 0.5");
        study.everyConfigurationProperty().set(true);
        study.run();

        assertNull(vm.errorProperty().get(), () -> vm.errorProperty().get().details());
        LineChartModel chart = study.chartProperty().get();
        List<ComparisonRow> rows = vm.rows();
        assertEquals(List.of(rows.get(0).label(), rows.get(1).label()),
                chart.lines().stream().map(LineChartModel.Line::name).toList());
        assertEquals(List.of(rows.get(0).colour(), rows.get(1).colour()),
                chart.lines().stream().map(LineChartModel.Line::colour).toList());
        assertEquals(List.of(0.0, 50.0), chart.lines().get(1).points().stream().map(LineChartModel.Point::x).toList());
        assertTrue(chart.lines().get(0).points().get(0).hasInterval());
        assertEquals(4, study.rows().size());
        assertTrue(org.inferscope.engine.report.chart.ChartSvg.render(chart).contains("digits-mlp · INT8 dynamic"));
        assertEquals(2, study.headlineProperty().get().lines().count(), study.headlineProperty().get());
    }

    @Test
    void levelsThatAreNotNumbersAreRefusedWithASentenceAndNothingRuns() {
        WorkbenchViewModel vm = DigitsWorkbench.digits();
        RobustnessStudy study = new RobustnessStudy(vm.studies());
        assertTrue(study.canRunProperty().get());
        study.levelsProperty().set("0, 0.1, lots");
        assertTrue(study.validationProperty().get().contains("\"lots\" is not a number"), study.validationProperty().get());
        assertFalse(study.canRunProperty().get());
        study.run();
        assertNotNull(vm.errorProperty().get());
        assertNull(study.resultProperty().get());
    }

    @Test
    void dropoutStartsFromItsOwnDefaultsAndRefusesLevelsAboveOne() {
        RobustnessStudy study = new RobustnessStudy(DigitsWorkbench.digits().studies());
        study.kindProperty().set(Perturbation.Kind.FEATURE_DROPOUT);
        assertEquals("0, 0.1, 0.2, 0.3, 0.5", study.levelsProperty().get());
        study.levelsProperty().set("0, 1.5");
        assertTrue(study.validationProperty().get().startsWith("Dropout levels are fractions"));
        study.kindProperty().set(Perturbation.Kind.GAUSSIAN_NOISE);
        assertEquals("0, 1.5", study.levelsProperty().get(), "levels the user typed are kept");
        assertEquals("", study.validationProperty().get());
    }

    @Test
    void theCurvesExportAsCsvAndJsonThatParseBack() throws IOException {
        WorkbenchViewModel vm = DigitsWorkbench.digits();
        RobustnessStudy study = new RobustnessStudy(vm.studies());
        study.writeCsv(temp.resolve("early.csv"));
        assertTrue(vm.errorProperty().get().sentence().startsWith("There is no robustness curve"));
        assertFalse(Files.exists(temp.resolve("early.csv")));
        study.levelsProperty().set("0, 0.5");
        study.run();
        study.writeCsv(temp.resolve("curve.csv"));
        study.writeJson(temp.resolve("curve.json"));

        List<String> csv = Files.readAllLines(temp.resolve("curve.csv"));
        assertEquals(RobustnessExport.CSV_HEADER, List.of(csv.get(0).split(",")));
        assertEquals(3, csv.size());
        String[] clean = csv.get(1).split(",");
        assertEquals("0.0", clean[3]);
        assertEquals(0.0, Double.parseDouble(clean[8]));
        JsonNode json = new ObjectMapper().readTree(temp.resolve("curve.json").toFile());
        assertEquals("GAUSSIAN_NOISE", json.get("kind").asText());
        assertEquals(List.of("kind", "metric", "dataset", "seed", "curves", "skipped"), fieldNames(json));
        JsonNode points = json.get("curves").get(0).get("points");
        assertEquals(2, points.size());
        assertEquals(Double.parseDouble(clean[5]), points.get(0).get("value").asDouble(), 1e-12);
        assertTrue(points.get(1).get("ci95Low").asDouble() <= points.get(1).get("value").asDouble());
    }

    @Test
    void aRegressionModelGetsAnMseCurveWithoutIntervals() {
        WorkbenchViewModel vm = DigitsWorkbench.open(DigitsWorkbench.SAMPLES.resolve("models/diabetes-linear.onnx"),
                DigitsWorkbench.SAMPLES.resolve("datasets/diabetes-test.csv"));
        RobustnessStudy study = new RobustnessStudy(vm.studies());
        study.levelsProperty().set("0, 1");
        study.run();

        assertNull(vm.errorProperty().get(), () -> vm.errorProperty().get().details());
        RobustnessCurves curves = study.resultProperty().get();
        assertEquals("MSE", curves.metric());
        List<RobustnessCurves.Point> points = curves.curves().get(0).points();
        assertNull(points.get(0).ci95Low());
        assertTrue(points.get(1).value() > points.get(0).value(), points.toString());
        assertTrue(study.headlineProperty().get().contains("MSE"), study.headlineProperty().get());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
