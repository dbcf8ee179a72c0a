package org.inferscope.app.viewmodel.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.inferscope.engine.report.chart.LineChartModel;
import org.inferscope.app.viewmodel.WorkbenchViewModel;
import org.inferscope.engine.sweep.SweepConfiguration;
import org.inferscope.engine.sweep.SweepListener;
import org.inferscope.engine.sweep.TuningObjective;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tuner without the JavaFX toolkit on the digits MLP, with a budget of a few seconds. */
class TunerStudyTest {
    @TempDir
    Path temp;
    WorkbenchViewModel workbench;
    TunerStudy tuner;
    final List<String> statusAtStart = new ArrayList<>();

    @BeforeEach
    void openTheSample() {
        workbench = SweepStudyTest.open("digits-mlp.onnx", "digits-test.csv");
        tuner = new TunerStudy(workbench.studies(), new SweepListener() {
            @Override
            public void onPointStarted(SweepConfiguration c, int index, int total) {
                statusAtStart.add(tuner.task().statusProperty().get());
            }
        });
        tuner.prefill();
        tuner.form().budgetProperty().set("3 s");
        tuner.form().batchProperty().set("8");
    }

    @Test
    void theFormTakesTheLargestBatchSizeAndSaysWhatIsWrong() {
        tuner.prefill();
        TunerForm form = tuner.form();
        assertEquals("32", form.batchProperty().get());
        assertTrue(form.validProperty().get());
        assertEquals(Duration.ofSeconds(90), budget(form, "90 s"));
        assertEquals(Duration.ofSeconds(120), budget(form, "2 min"));
        assertEquals(Duration.ofSeconds(90), budget(form, "1.5m"));
        assertEquals(Duration.ofHours(1), budget(form, "1 h"));
        assertEquals(Duration.ofSeconds(45), budget(form, "45"));
        form.budgetProperty().set("soon");
        assertTrue(form.problemProperty().get().contains("'soon' is not a time budget"), form.problemProperty().get());
        form.budgetProperty().set("2 min");
        form.withinProperty().set("-1");
        assertTrue(form.problemProperty().get().contains("'-1'"));
        form.withinProperty().set("0.5");
        form.batchProperty().set("none");
        assertFalse(form.validProperty().get());
        assertTrue(form.problemProperty().get().contains("'none'"));
    }

    @Test
    void theTunerGivesAVerdictWithItsEvidenceAndFrontier() throws IOException {
        tuner.start();

        assertNull(workbench.errorProperty().get(), () -> workbench.errorProperty().get().details());
        assertEquals("Tuning: done.", tuner.task().statusProperty().get());
        assertFalse(tuner.verdictProperty().get().isEmpty());
        assertTrue(tuner.verdictProperty().get().contains("within 1 point of FP32"), tuner.verdictProperty().get());
        assertTrue(statusAtStart.get(0).startsWith("FP32, the baseline, "), statusAtStart.get(0));
        assertTrue(statusAtStart.get(0).endsWith("of the 3 s budget spent"), statusAtStart.get(0));
        assertTrue(statusAtStart.get(1).startsWith("candidate 1 of 10: INT8 dynamic · batch 8"), statusAtStart.get(1));

        assertTrue(tuner.rows().size() >= 3, "FP32, at least one candidate, FP32 again");
        assertEquals("FP32 · batch 8 (start)", tuner.rows().get(0).configuration());
        assertEquals("FP32 · batch 8 (end)", tuner.rows().get(tuner.rows().size() - 1).configuration());
        assertEquals(1, tuner.rows().stream().filter(r -> r.role().equals("baseline")).count());
        assertTrue(tuner.rows().stream().anyMatch(SweepRow::onFrontier));
        assertTrue(tuner.evidence().get(tuner.evidence().size() - 1).startsWith("Spent: "));
        assertTrue(tuner.evidence().stream().anyMatch(l -> l.startsWith("Note: FP32 measured")), tuner.evidence()::toString);

        LineChartModel chart = tuner.chartProperty().get().model();
        assertEquals(SweepAxis.THROUGHPUT.title(), chart.xAxis());
        assertEquals(1, chart.guides().size());
        double fp32 = tuner.resultProperty().get().baseline().statistics().accuracy().estimate() * 100;
        assertEquals(fp32 - 1, chart.guides().get(0).y(), 1e-9);
        boolean answered = tuner.resultProperty().get().winner() != null;
        assertEquals(answered, !tuner.chartProperty().get().highlighted().isEmpty());

        tuner.exportJson(temp.resolve("tuning.json"));
        tuner.exportCsv(temp.resolve("tuning.csv"));
        JsonNode json = new ObjectMapper().readTree(temp.resolve("tuning.json").toFile());
        assertEquals(tuner.verdictProperty().get(), json.get("verdict").asText());
        assertEquals(tuner.rows().size(), json.get("evaluated").size());
        List<String> lines = Files.readAllLines(temp.resolve("tuning.csv"));
        assertTrue(lines.get(0).startsWith("role,configuration,"));
        int untried = tuner.resultProperty().get().untried().size();
        assertEquals(1 + tuner.rows().size() + untried, lines.size());
        assertTrue(lines.get(1).startsWith("baseline,FP32 · batch 8,") || lines.get(1).startsWith(",FP32 · batch 8,"),
                lines.get(1));
    }

    @Test
    void latencyTuningPutsLatencyAcross() {
        tuner.form().objectiveProperty().set(TuningObjective.LATENCY);
        tuner.form().budgetProperty().set("1 s");
        tuner.start();
        assertNull(workbench.errorProperty().get(), () -> workbench.errorProperty().get().details());
        assertEquals(SweepAxis.P50_LATENCY.title(), tuner.chartProperty().get().model().xAxis());
        assertTrue(tuner.evidence().stream().noneMatch(l -> l.startsWith("Speed: ")));
    }

    @Test
    void aRegressionDatasetIsRefusedBeforeAnythingRuns() {
        WorkbenchViewModel diabetes = SweepStudyTest.open("diabetes-linear.onnx", "diabetes-test.csv");
        TunerStudy regression = new TunerStudy(diabetes.studies());
        regression.start();
        assertTrue(diabetes.errorProperty().get().sentence().contains("classification dataset"));
        assertFalse(regression.task().runningProperty().get());
        assertNull(regression.resultProperty().get());
    }

    private static Duration budget(TunerForm form, String text) {
        form.budgetProperty().set(text);
        assertTrue(form.validProperty().get(), form.problemProperty().get());
        return form.budgetDuration();
    }
}
