package org.inferscope.app.view.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.inferscope.app.history.RunStore;
import org.inferscope.app.view.ChartExporter;
import org.inferscope.app.view.WorkbenchView;
import org.inferscope.app.viewmodel.QuickRuns;
import org.inferscope.app.viewmodel.WorkbenchViewModel;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Scenarios tab in the real window, headless through Monocle, the engine on a real worker thread.
 * Each flow leaves a 2x PNG of the tab in target/ to look at.
 */
@ExtendWith(ApplicationExtension.class)
class ScenarioWindowTest {
    static final Path SAMPLES = Path.of(System.getProperty("inferscope.repo.root", ".."), "samples");
    static final Path PICTURES = Path.of("target", "scenario-screens");

    ExecutorService worker;
    WorkbenchViewModel viewModel;

    @Start
    void start(Stage stage) {
        worker = Executors.newSingleThreadExecutor();
        viewModel = new WorkbenchViewModel(ProviderRegistry.discover(getClass().getClassLoader()), worker,
                Platform::runLater, RunStore.inMemory(), QuickRuns.TIMING);
        stage.setScene(new Scene(new WorkbenchView(viewModel).root(), 1280, 800));
        stage.show();
        viewModel.configuration().warmupProperty().set(2);
        viewModel.configuration().iterationsProperty().set(20);
        viewModel.configuration().batchSizesProperty().set("1, 32");
        viewModel.loadDevices();
        viewModel.open(List.of(SAMPLES.resolve("models/digits-mlp.onnx"), SAMPLES.resolve("datasets/digits-test.csv")));
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void singleStreamRunFromTheTabShowsItsP90SentenceChartAndTable(FxRobot robot) throws Exception {
        openScenarios(robot);
        robot.interact(() -> robot.lookup("#singleStreamQueries").queryAs(TextField.class).setText("80"));
        robot.clickOn("#runSingleStream");
        Label headline = robot.lookup("#singleStreamHeadline").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> headline.getText().startsWith("p90 latency "));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(viewModel.errorProperty().get(), () -> viewModel.errorProperty().get().details());
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
        Button run = robot.lookup("#toolRun").queryButton();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !run.isDisabled());
        robot.clickOn(run);
        robot.interact(() -> viewModel.configuration().precisionProperty().set(Precision.INT8_DYNAMIC));
        robot.clickOn(run);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> viewModel.rows().size() == 2 && !viewModel.runningProperty().get());
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
        assertNull(viewModel.errorProperty().get(), () -> viewModel.errorProperty().get().details());
    }

    private void openScenarios(FxRobot robot) throws Exception {
        Button run = robot.lookup("#toolRun").queryButton();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !run.isDisabled());
        TabPane tabs = robot.lookup((TabPane t) -> t.getTabs().stream().anyMatch(tab -> "scenarioTab".equals(tab.getId())))
                .query();
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> "scenarioTab".equals(tab.getId())).findFirst().orElseThrow()));
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
        assertNull(viewModel.errorProperty().get(), () -> viewModel.errorProperty().get().details());
    }

    /** The body rows of a scenario's table. */
    private static int rows(FxRobot robot, String table) {
        GridPane grid = robot.lookup(table).queryAs(GridPane.class);
        long cells = grid.getChildren().stream().filter(n -> n.getStyleClass().contains("scenario-cell")).count();
        return (int) (cells / grid.getColumnConstraints().size());
    }

    private static void picture(FxRobot robot, String name) throws Exception {
        Files.createDirectories(PICTURES);
        Node pane = robot.lookup("#scenarioPane").query();
        robot.interact(() -> new ChartExporter().writePng(pane, PICTURES.resolve(name)));
        assertTrue(Files.size(PICTURES.resolve(name)) > 0);
    }
}
