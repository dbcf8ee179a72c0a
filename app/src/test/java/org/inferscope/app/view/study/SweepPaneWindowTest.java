package org.inferscope.app.view.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.inferscope.app.history.RunHistory;
import org.inferscope.app.view.ChartExporter;
import org.inferscope.app.view.SampleWindow;
import org.inferscope.app.viewmodel.WorkbenchViewModel;
import org.inferscope.app.viewmodel.study.SweepRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "Sweep & tune" tab in the real window, headless through Monocle, the engine on a real worker
 * thread; its points go under the build's test home (surefire's {@code inferscope.home}). Leaves
 * 2x snapshots of the pane in {@code target/window-shots/} to look at.
 */
@ExtendWith(ApplicationExtension.class)
class SweepPaneWindowTest {
    SampleWindow window;
    WorkbenchViewModel viewModel;

    @Start
    void start(Stage stage) {
        window = SampleWindow.withDigits(stage);
        viewModel = window.viewModel();
        viewModel.configuration().iterationsProperty().set(40);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void aSmallSweepFillsTheTableAndTheChart(FxRobot robot) throws Exception {
        Node pane = openTheSweepTab(robot);
        robot.interact(() -> {
            robot.lookup("#sweepPrecision-int8-static").queryAs(CheckBox.class).setSelected(false);
            robot.lookup("#sweepSparsities").queryAs(TextField.class).setText("0, 0.5");
            robot.lookup("#sweepBatchSizes").queryAs(TextField.class).setText("1, 32");
        });
        assertTrue(text(robot, "#sweepEstimate").startsWith("8 points, about "), text(robot, "#sweepEstimate"));
        robot.interact(() -> robot.lookup("#sweepSparsities").queryAs(TextField.class).setText("0, 2"));
        assertTrue(robot.lookup("#sweepStart").queryButton().isDisabled());
        assertTrue(text(robot, "#sweepEstimate").contains("'2'"), text(robot, "#sweepEstimate"));
        robot.interact(() -> robot.lookup("#sweepSparsities").queryAs(TextField.class).setText("0, 0.5"));

        robot.interact(() -> robot.lookup("#sweepStart").queryButton().fire());
        TableView<SweepRow> table = robot.lookup("#sweepTable").queryTableView();
        Button start = robot.lookup("#sweepStart").queryButton();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> table.getItems().size() == 8 && !start.isDisabled());
        WaitForAsyncUtils.waitForFxEvents();

        window.assertNoError();
        assertEquals("Sweep: done.", text(robot, "#sweepStatus"));
        assertEquals("8 of 8 points saved.", text(robot, "#sweepSummary"));
        assertTrue(text(robot, "#sweepFolder").contains(RunHistory.defaultHome().resolve("sweeps").toString()));
        assertTrue(table.getItems().stream().allMatch(SweepRow::measured));
        LineChart<?, ?> chart = robot.lookup("#sweepChart").queryAs(LineChart.class);
        assertTrue(chart.getData().size() >= 8, "a series per point");
        assertTrue(chart.getOnContextMenuRequested() != null, "the chart has the PNG/SVG menu");
        assertFalse(robot.lookup("#sweepExport").queryAs(javafx.scene.control.MenuButton.class).isDisabled());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.rows().size() == 8);

        BufferedImage shot = SampleWindow.snapshot(robot, pane, "sweep-pane.png");
        assertTrue(shot.getWidth() > 800 * ChartExporter.SCALE && shot.getHeight() > 500 * ChartExporter.SCALE);
    }

    @Test
    void theTunerAnswersInOneSentence(FxRobot robot) throws Exception {
        Node pane = openTheSweepTab(robot);
        robot.interact(() -> {
            TabPane inner = robot.lookup("#sweepTabs").queryAs(TabPane.class);
            inner.getSelectionModel().select(1);
            robot.lookup("#tunerBudget").queryAs(TextField.class).setText("4 s");
            robot.lookup("#tunerBatch").queryAs(TextField.class).setText("32");
        });
        robot.interact(() -> robot.lookup("#tunerStart").queryButton().fire());
        Button start = robot.lookup("#tunerStart").queryButton();
        TableView<SweepRow> table = robot.lookup("#tunerTable").queryTableView();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !table.getItems().isEmpty() && !start.isDisabled());
        WaitForAsyncUtils.waitForFxEvents();

        window.assertNoError();
        assertTrue(text(robot, "#tunerVerdict").contains("within 1 point of FP32"), text(robot, "#tunerVerdict"));
        assertTrue(table.getItems().size() >= 3);
        SampleWindow.snapshot(robot, pane, "tuner-pane.png");
    }

    private Node openTheSweepTab(FxRobot robot) throws Exception {
        window.awaitRunnable(robot);
        return SampleWindow.select(robot, "sweepTab").getContent();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
