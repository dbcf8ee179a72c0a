package org.inferscope.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.Chart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.inferscope.app.viewmodel.WorkbenchViewModel;
import org.inferscope.engine.api.Precision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A few real window flows, headless through Monocle; the engine runs on a real worker thread. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {
    @TempDir
    Path temp;
    SampleWindow window;
    WorkbenchViewModel viewModel;
    WorkbenchView view;

    @Start
    void start(Stage stage) {
        window = SampleWindow.withDigits(stage);
        viewModel = window.viewModel();
        view = window.view();
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void theWindowOpensWithTheSampleLoaded(FxRobot robot) throws Exception {
        window.awaitRunnable(robot);
        assertFalse(robot.lookup((Label l) -> "digits-mlp.onnx".equals(l.getText())).queryAll().isEmpty());
        assertFalse(robot.lookup((Label l) -> "digits-test.csv".equals(l.getText())).queryAll().isEmpty());
        TableView<?> preview = robot.lookup("#datasetPreview").queryTableView();
        assertEquals(65, preview.getColumns().size());
        assertEquals("", robot.lookup("#validation").queryAs(Label.class).getText());
    }

    @Test
    void twoConfigurationsRunFromTheWindowGiveTwoRowsAndTwoSeries(FxRobot robot) throws Exception {
        Button run = window.awaitRunnable(robot);
        robot.clickOn(run);
        @SuppressWarnings("unchecked")
        ChoiceBox<Precision> precision = robot.lookup("#precision").queryAs(ChoiceBox.class);
        Slider sparsity = robot.lookup("#sparsity").queryAs(Slider.class);
        robot.interact(() -> {
            precision.setValue(Precision.INT8_DYNAMIC);
            sparsity.setValue(0.5);
        });
        assertEquals(Precision.INT8_DYNAMIC, viewModel.configuration().precisionProperty().get());
        robot.clickOn(run);
        TableView<?> runs = robot.lookup("#runs").queryTableView();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> runs.getItems().size() == 2 && !viewModel.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents(); // the table sees a run before the charts do
        window.assertNoError();
        BarChart<?, ?> latency = robot.lookup("#latencyChart").queryAs(BarChart.class);
        assertEquals(2, latency.getData().size());
        assertEquals("digits-mlp · INT8 dynamic · 50% sparse", latency.getData().get(1).getName());
        BarChart<?, ?> live = robot.lookup("#liveLatency").queryAs(BarChart.class);
        assertFalse(live.getData().get(0).getData().isEmpty());
        robot.clickOn(robot.lookup("#runs .table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        assertFalse(robot.lookup("#runDetails .label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().contains("int8 dot-product instructions")).toList().isEmpty());
        assertFalse(robot.lookup("#runDetails .label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().startsWith("Top-1 agreement")).toList().isEmpty());
    }

    @Test
    void uncheckingARunTakesItOffTheChartsAndTheChosenBaselineGetsTheDeltas(FxRobot robot) throws Exception {
        window.runFp32AndInt8(robot);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#runs .check-box").nth(0).queryAs(javafx.scene.Node.class));
        BarChart<?, ?> latency = robot.lookup("#latencyChart").queryAs(BarChart.class);
        assertEquals(1, latency.getData().size());
        assertEquals("digits-mlp · INT8 dynamic", latency.getData().get(0).getName());
        assertEquals(2, robot.lookup("#runs").queryTableView().getItems().size());

        robot.clickOn(robot.lookup("#runs .table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        // Monocle shows no context menu for a right click: fire the table's "Set as baseline" item itself
        TableView<?> runs = robot.lookup("#runs").queryTableView();
        robot.interact(() -> runs.getContextMenu().getItems().get(0).fire());
        assertEquals(viewModel.rows().get(1), viewModel.comparison().baselineProperty().get());
        assertFalse(robot.lookup("#runs .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith("+")).toList().isEmpty());
    }

    @Test
    void twoRunsSelectedAndComparedShowTheVerdictsInTheDetails(FxRobot robot) throws Exception {
        Button run = window.awaitRunnable(robot);
        robot.clickOn(run);
        robot.clickOn(run);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> viewModel.rows().size() == 2 && !viewModel.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Button compare = robot.lookup("#compareButton").queryButton();
        robot.clickOn(robot.lookup("#runs .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        assertTrue(compare.isDisabled());
        robot.press(KeyCode.CONTROL);
        robot.clickOn(robot.lookup("#runs .table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        robot.release(KeyCode.CONTROL);
        assertFalse(compare.isDisabled());
        TableView<?> runs = robot.lookup("#runs").queryTableView();
        assertFalse(runs.getContextMenu().getItems().get(1).isDisable());
        robot.clickOn(compare);
        List<String> shown = robot.lookup("#runDetails .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(shown.stream().anyMatch(t -> t.matches("p50: A .*: (A is faster|B is faster|no significant difference)")),
                shown.toString());
        assertTrue(shown.stream().anyMatch(t -> t.startsWith("McNemar: ")), shown.toString());
    }

    @Test
    void exportWritesA2xPngAndTheCsv(FxRobot robot) throws Exception {
        Button run = window.awaitRunnable(robot);
        robot.clickOn(run);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.rows().size() == 1);
        Chart chart = view.charts().get(1);
        Path png = temp.resolve("latency.png");
        Path csv = temp.resolve("runs.csv");
        robot.interact(() -> {
            view.exportChart(chart, png);
            view.exportComparison(csv);
        });
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() >= 2 * chart.getWidth() - 1, image.getWidth() + " for " + chart.getWidth());
        assertTrue(image.getHeight() >= 2 * chart.getHeight() - 1);
        assertEquals(2, Files.readAllLines(csv).size());
    }

    @Test
    void afterTwoRunsTheReportHasBothAndTheScatterExportsAsSvg(FxRobot robot) throws Exception {
        window.runFp32AndInt8(robot);
        Chart scatter = robot.lookup("#paretoChart").queryAs(Chart.class);
        Path html = temp.resolve("report.html");
        Path svg = temp.resolve("pareto.svg");
        robot.interact(() -> {
            view.actions().exportReport(html);
            view.actions().exportSvg(scatter, svg);
        });
        window.assertNoError();
        String report = Files.readString(html);
        assertTrue(report.contains("digits-mlp · FP32") && report.contains("digits-mlp · INT8 dynamic"));
        assertEquals(6, report.split("<svg ", -1).length - 1);
        String picture = Files.readString(svg);
        assertEquals(2, picture.split("class=\"point", -1).length - 1);
        assertTrue(picture.contains("accuracy (↑ better)"));
        SampleWindow.snapshot(robot, scatter, "pareto.png");
    }
}
