package org.inferscope.app.view.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.inferscope.app.view.SampleWindow;
import org.inferscope.app.viewmodel.WorkbenchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Scenarios tab in the real window, headless through Monocle, the engine on a real worker thread.
 * Each flow leaves a 2x PNG of the tab in target/window-shots/ to look at.
 */
@ExtendWith(ApplicationExtension.class)
class ScenarioWindowTest {
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
    void singleStreamRunFromTheTabShowsItsP90SentenceChartAndTable(FxRobot robot) throws Exception {
        openScenarios(robot);
        robot.interact(() -> robot.lookup("#singleStreamQueries").queryAs(TextField.class).setText("80"));
        robot.clickOn("#runSingleStream");
        Label headline = robot.lookup("#singleStreamHeadline").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> headline.getText().startsWith("p90 latency "));
        WaitForAsyncUtils.waitForFxEvents();
        window.assertNoError();
        assertTrue(headline.getText().contains("(95% CI "), headline.getText());
        assertEquals(3, rows(robot, "#singleStreamTable"));
        assertFalse(robot.lookup("#scenarioExport").query().isDisabled());
        assertFalse(robot.lookup("#singleStreamChart").queryAs(LineChart.class).getData().isEmpty());
        assertEquals("SingleStream: done.", robot.lookup("#scenarioStatus").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#cancelScenario").queryButton().isDisabled());
        picture(robot, "singlestream.png");
    }

    @Test
    void offlineServerAndEdgeVsCloudEachShowTheirAnswer(FxRobot robot) throws Exception {
        window.runFp32AndInt8(robot);
        openScenarios(robot);

        choose(robot, "#offlineChoice");
        robot.interact(() -> robot.lookup("#offlineRounds").queryAs(TextField.class).setText("5"));
        robot.clickOn("#runOffline");
        await(robot, "#offlineHeadline", "Best throughput ");
        picture(robot, "offline.png");

        choose(robot, "#serverChoice");
        robot.interact(() -> {
            robot.lookup("#serverQueries").queryAs(TextField.class).setText("200");
            robot.lookup("#serverSteps").queryAs(TextField.class).setText("2");
        });
        robot.clickOn("#runServer");
        await(robot, "#serverHeadline", "");
        picture(robot, "server.png");

        choose(robot, "#edgeChoice");
        robot.clickOn("#compareEdge");
        await(robot, "#edgeHeadline", "The ");
        assertEquals(2, rows(robot, "#edgeTable"));
        picture(robot, "edge.png");
        window.assertNoError();
    }

    private void openScenarios(FxRobot robot) throws Exception {
        window.awaitRunnable(robot);
        SampleWindow.select(robot, "scenarioTab");
    }

    private static void choose(FxRobot robot, String choice) {
        robot.interact(() -> robot.lookup(choice).queryAs(ToggleButton.class).setSelected(true));
    }

    /** Waits until the scenario's sentence is no longer the one shown before a run, and starts with {@code start}. */
    private void await(FxRobot robot, String headline, String start) throws Exception {
        Label label = robot.lookup(headline).queryAs(Label.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> label.getText().startsWith(start)
                && !label.getText().startsWith("Run ") && !label.getText().startsWith("Choose "));
        WaitForAsyncUtils.waitForFxEvents();
        window.assertNoError();
    }

    /** The body rows of a scenario's table. */
    private static int rows(FxRobot robot, String table) {
        GridPane grid = robot.lookup(table).queryAs(GridPane.class);
        long cells = grid.getChildren().stream().filter(n -> n.getStyleClass().contains("scenario-cell")).count();
        return (int) (cells / grid.getColumnConstraints().size());
    }

    private static void picture(FxRobot robot, String name) throws Exception {
        SampleWindow.snapshot(robot, robot.lookup("#scenarioPane").query(), name);
    }
}
