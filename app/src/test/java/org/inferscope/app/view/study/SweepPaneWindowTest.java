package org.inferscope.app.view.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.inferscope.app.history.RunHistory;
import org.inferscope.app.history.RunStore;
import org.inferscope.app.view.WorkbenchView;
import org.inferscope.app.viewmodel.QuickRuns;
import org.inferscope.app.viewmodel.WorkbenchViewModel;
import org.inferscope.app.viewmodel.study.SweepRow;
import org.inferscope.engine.plugins.ProviderRegistry;
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
 * snapshots of the pane in {@code target/window-shots/} to look at.
 */
@ExtendWith(ApplicationExtension.class)
class SweepPaneWindowTest {
    static final Path SAMPLES = Path.of(System.getProperty("inferscope.repo.root", ".."), "samples");
    static final Path SHOTS = Path.of("target", "window-shots");

    ExecutorService worker;
    WorkbenchViewModel viewModel;

    @Start
    void start(Stage stage) {
        worker = Executors.newSingleThreadExecutor();
        viewModel = new WorkbenchViewModel(ProviderRegistry.discover(getClass().getClassLoader()), worker,
                Platform::runLater, RunStore.inMemory(), QuickRuns.TIMING);
        WorkbenchView view = new WorkbenchView(viewModel);
        stage.setScene(new Scene(view.root(), 1280, 800));
        stage.show();
        viewModel.configuration().warmupProperty().set(2);
        viewModel.configuration().iterationsProperty().set(40);
        viewModel.configuration().batchSizesProperty().set("1, 32");
        viewModel.loadDevices();
        viewModel.open(List.of(SAMPLES.resolve("models/digits-mlp.onnx"), SAMPLES.resolve("datasets/digits-test.csv")));
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
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

        assertNull(viewModel.errorProperty().get(), () -> viewModel.errorProperty().get().details());
        assertEquals("Sweep: done.", text(robot, "#sweepStatus"));
        assertEquals("8 of 8 points saved.", text(robot, "#sweepSummary"));
        assertTrue(text(robot, "#sweepFolder").contains(RunHistory.defaultHome().resolve("sweeps").toString()));
        assertTrue(table.getItems().stream().allMatch(SweepRow::measured));
        LineChart<?, ?> chart = robot.lookup("#sweepChart").queryAs(LineChart.class);
        assertTrue(chart.getData().size() >= 8, "a series per point");
        assertTrue(chart.getOnContextMenuRequested() != null, "the chart has the PNG/SVG menu");
        assertFalse(robot.lookup("#sweepExport").queryAs(javafx.scene.control.MenuButton.class).isDisabled());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.rows().size() == 8);

        BufferedImage shot = snapshot(robot, pane, "sweep-pane.png");
        assertTrue(shot.getWidth() > 800 && shot.getHeight() > 500);
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

        assertNull(viewModel.errorProperty().get(), () -> viewModel.errorProperty().get().details());
        assertTrue(text(robot, "#tunerVerdict").contains("within 1 point of FP32"), text(robot, "#tunerVerdict"));
        assertTrue(table.getItems().size() >= 3);
        snapshot(robot, pane, "tuner-pane.png");
    }

    private Node openTheSweepTab(FxRobot robot) throws Exception {
        Button run = robot.lookup("#toolRun").queryButton();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !run.isDisabled());
        TabPane tabs = robot.lookup((TabPane t) -> t.getTabs().stream().anyMatch(tab -> "sweepTab".equals(tab.getId())))
                .query();
        Tab sweepTab = tabs.getTabs().stream().filter(tab -> "sweepTab".equals(tab.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(sweepTab));
        WaitForAsyncUtils.waitForFxEvents();
        return sweepTab.getContent();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static BufferedImage snapshot(FxRobot robot, Node pane, String name) throws IOException {
        Files.createDirectories(SHOTS);
        BufferedImage[] image = new BufferedImage[1];
        robot.interact(() -> image[0] = SwingFXUtils.fromFXImage(pane.snapshot(null, null), null));
        ImageIO.write(image[0], "png", SHOTS.resolve(name).toFile());
        return image[0];
    }
}
