package org.inferscope.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.inferscope.app.history.RunStore;
import org.inferscope.app.viewmodel.QuickRuns;
import org.inferscope.app.viewmodel.WorkbenchViewModel;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.plugins.ProviderRegistry;
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
 * file. Each page is saved as a PNG under target/ for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class RobustnessTabWindowTest {
    static final Path SAMPLES = Path.of(System.getProperty("inferscope.repo.root", ".."), "samples");

    @TempDir
    Path temp;
    ExecutorService worker;
    WorkbenchViewModel viewModel;

    @Start
    void start(Stage stage) {
        worker = Executors.newSingleThreadExecutor();
        viewModel = new WorkbenchViewModel(ProviderRegistry.discover(getClass().getClassLoader()), worker,
                Platform::runLater, RunStore.inMemory(), QuickRuns.TIMING);
        stage.setScene(new Scene(new WorkbenchView(viewModel).root(), 1280, 800));
        stage.show();
        viewModel.loadDevices();
        viewModel.open(List.of(SAMPLES.resolve("models/digits-mlp.onnx"), SAMPLES.resolve("datasets/digits-test.csv")));
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void aTwoLevelCurveAndADroppedDatasetFillTheirChartsAndTables(FxRobot robot) throws Exception {
        Button runButton = robot.lookup("#toolRun").queryButton();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !runButton.isDisabled());
        robot.clickOn(runButton);
        robot.interact(() -> viewModel.configuration().precisionProperty().set(Precision.INT8_DYNAMIC));
        robot.clickOn(runButton);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> viewModel.rows().size() == 2 && !viewModel.runningProperty().get());
        select(robot, "robustnessTab");
        TextField levels = robot.lookup("#robustnessLevels").queryAs(TextField.class);
        robot.interact(() -> levels.setText("0, 0.5, 1"));
        robot.clickOn("#robustnessEvery");
        robot.clickOn("#robustnessRun");
        TableView<?> curve = robot.lookup("#robustnessTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> curve.getItems().size() == 6);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(viewModel.errorProperty().get(), () -> viewModel.errorProperty().get().details());
        LineChart<?, ?> chart = robot.lookup("#robustnessChart").queryAs(LineChart.class);
        List<String> curves = chart.getData().stream().map(s -> s.getName()).filter(n -> !n.contains("95% CI")).toList();
        assertEquals(List.of("digits-mlp · FP32", "digits-mlp · INT8 dynamic"), curves);
        String headline = robot.lookup("#robustnessHeadline").queryAs(Label.class).getText();
        assertTrue(headline.startsWith("digits-mlp · FP32 "), headline);
        assertTrue(headline.contains("\ndigits-mlp · INT8 dynamic "), headline);
        save(robot, "#robustnessPane", "robustness-curve.png");

        select(robot, "driftTab");
        Path shifted = shiftedDigits();
        robot.interact(() -> FileDrops.drop(robot.lookup("#driftPage").query(), List.of(shifted)));
        TableView<?> drift = robot.lookup("#driftTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> drift.getItems().size() == 64);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(viewModel.errorProperty().get(), () -> viewModel.errorProperty().get().details());
        assertEquals("digits-test.csv", viewModel.datasetProperty().get().file().getFileName().toString(), "the drop compares, not opens");
        String verdict = robot.lookup("#driftHeadline").queryAs(Label.class).getText();
        assertTrue(verdict.startsWith("1 of 64 features drifted"), verdict);
        BarChart<?, ?> bars = robot.lookup("#driftChart").queryAs(BarChart.class);
        assertEquals("pixel_4_4", bars.getData().get(0).getData().get(0).getXValue());
        save(robot, "#robustnessPane", "drift-report.png");
    }

    private static void select(FxRobot robot, String tabId) {
        robot.interact(() -> robot.lookup(".tab-pane").queryAllAs(TabPane.class).forEach(pane -> {
            for (Tab tab : pane.getTabs()) {
                if (tabId.equals(tab.getId())) {
                    pane.getSelectionModel().select(tab);
                }
            }
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void save(FxRobot robot, String query, String name) throws IOException {
        Path target = Path.of(System.getProperty("user.dir"), "target");
        Files.createDirectories(target);
        Node node = robot.lookup(query).query();
        robot.interact(() -> new ChartExporter().writePng(node, target.resolve(name)));
    }

    /** The digits test set with pixel_4_4 moved up by 40 (its values span 0 to 16). */
    private Path shiftedDigits() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLES.resolve("datasets/digits-test.csv"));
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            cells[36] = Double.toString(Double.parseDouble(cells[36]) + 40);
            out.add(String.join(",", cells));
        }
        return Files.write(temp.resolve("digits-shifted.csv"), out);
    }
}
