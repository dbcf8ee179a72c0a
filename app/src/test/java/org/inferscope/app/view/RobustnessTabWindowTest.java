package org.inferscope.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.inferscope.app.viewmodel.WorkbenchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "Robustness & drift" tab in the real window: a curve of the comparison's two configurations, then a drift report of a dropped
 * file. Each page is saved as a PNG under target/window-shots/ for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class RobustnessTabWindowTest {
    @TempDir
    Path temp;
    SampleWindow window;
    WorkbenchViewModel viewModel;

    @Start
    void start(Stage stage) {
        window = SampleWindow.withDigits(stage);
        viewModel = window.viewModel();
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void aTwoLevelCurveAndADroppedDatasetFillTheirChartsAndTables(FxRobot robot) throws Exception {
        window.runFp32AndInt8(robot);
        SampleWindow.select(robot, "robustnessTab");
        TextField levels = robot.lookup("#robustnessLevels").queryAs(TextField.class);
        robot.interact(() -> levels.setText("0, 0.5, 1"));
        robot.clickOn("#robustnessEvery");
        robot.clickOn("#robustnessRun");
        TableView<?> curve = robot.lookup("#robustnessTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> curve.getItems().size() == 6);
        WaitForAsyncUtils.waitForFxEvents();
        window.assertNoError();
        LineChart<?, ?> chart = robot.lookup("#robustnessChart").queryAs(LineChart.class);
        List<String> curves = chart.getData().stream().map(s -> s.getName()).filter(n -> !n.contains("95% CI")).toList();
        assertEquals(List.of("digits-mlp · FP32", "digits-mlp · INT8 dynamic"), curves);
        String headline = robot.lookup("#robustnessHeadline").queryAs(Label.class).getText();
        assertTrue(headline.startsWith("digits-mlp · FP32 "), headline);
        assertTrue(headline.contains("\ndigits-mlp · INT8 dynamic "), headline);
        SampleWindow.snapshot(robot, robot.lookup("#robustnessPane").query(), "robustness-curve.png");

        SampleWindow.select(robot, "driftTab");
        Path shifted = shiftedDigits();
        robot.interact(() -> FileDrops.drop(robot.lookup("#driftPage").query(), List.of(shifted)));
        TableView<?> drift = robot.lookup("#driftTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> drift.getItems().size() == 64);
        WaitForAsyncUtils.waitForFxEvents();
        window.assertNoError();
        assertEquals("digits-test.csv", viewModel.datasetProperty().get().file().getFileName().toString(), "the drop compares, not opens");
        String verdict = robot.lookup("#driftHeadline").queryAs(Label.class).getText();
        assertTrue(verdict.startsWith("1 of 64 features drifted"), verdict);
        BarChart<?, ?> bars = robot.lookup("#driftChart").queryAs(BarChart.class);
        assertEquals("pixel_4_4", bars.getData().get(0).getData().get(0).getXValue());
        SampleWindow.snapshot(robot, robot.lookup("#robustnessPane").query(), "drift-report.png");
    }

    /** The digits test set with pixel_4_4 moved up by 40 (its values span 0 to 16). */
    private Path shiftedDigits() throws IOException {
        List<String> lines = Files.readAllLines(SampleWindow.DATA);
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            cells[36] = Double.toString(Double.parseDouble(cells[36]) + 40);
            out.add(String.join(",", cells));
        }
        return Files.write(temp.resolve("digits-shifted.csv"), out);
    }
}
