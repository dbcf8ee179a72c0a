package org.inferscope.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.inferscope.app.viewmodel.ComparisonRow;
import org.inferscope.app.viewmodel.WorkbenchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Files dropped from outside onto a window that starts empty, through the handlers the window installs. */
@ExtendWith(ApplicationExtension.class)
class FileDropWindowTest {
    static final Path MODEL = SampleWindow.MODEL;
    static final Path DATA = SampleWindow.DATA;

    @TempDir
    Path temp;
    SampleWindow window;
    WorkbenchViewModel viewModel;

    @Start
    void start(Stage stage) {
        window = SampleWindow.empty(stage);
        viewModel = window.viewModel();
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void aModelAndADatasetDroppedOnTheCardsOpenBoth(FxRobot robot) throws Exception {
        FileDrops.Outcome outcome = dropOn(robot, "#modelCard", List.of(MODEL, DATA));
        assertEquals(TransferMode.COPY, outcome.accepted());
        assertTrue(outcome.completed());
        window.awaitRunnable(robot);
        assertFalse(robot.lookup((Label l) -> "digits-mlp.onnx".equals(l.getText())).queryAll().isEmpty());
        assertFalse(robot.lookup((Label l) -> "digits-test.csv".equals(l.getText())).queryAll().isEmpty());
    }

    @Test
    void twoDatasetsDroppedOnTheComparisonGiveARunOfEachConfigurationOnEach(FxRobot robot) throws Exception {
        openAndRunOnce(robot);
        List<Path> slices = slices();
        FileDrops.Outcome outcome = dropOn(robot, "#runs", slices);
        assertTrue(outcome.completed());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> viewModel.rows().size() == 3 && !viewModel.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("digits-test.csv", "slice-a.csv", "slice-b.csv"),
                viewModel.rows().stream().map(ComparisonRow::dataset).toList());
        // the comparison's handler took the drop: the dataset card still shows the dataset opened first
        assertEquals("digits-test.csv", viewModel.datasetProperty().get().name());
        assertEquals(3, robot.lookup("#runs").queryTableView().getItems().size());
    }

    @Test
    void aBadFileDroppedShowsItsSentenceAndEarlierResultsStay(FxRobot robot) throws Exception {
        openAndRunOnce(robot);
        Path broken = Files.createFile(temp.resolve("broken.onnx"));
        dropOn(robot, "#datasetCard", List.of(broken));
        NotificationPane banner = robot.lookup("#errorBanner").queryAs(NotificationPane.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, banner::isShowing);
        assertTrue(banner.getText().contains("broken.onnx"), banner.getText());
        assertEquals(1, robot.lookup("#runs").queryTableView().getItems().size());
        assertEquals("digits-mlp", viewModel.modelProperty().get().name());
        assertFalse(robot.lookup("#toolRun").queryButton().isDisabled());
    }

    private void openAndRunOnce(FxRobot robot) throws Exception {
        dropOn(robot, "#modelCard", List.of(MODEL, DATA));
        robot.clickOn(window.awaitRunnable(robot));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> viewModel.rows().size() == 1 && !viewModel.runningProperty().get());
    }

    private static FileDrops.Outcome dropOn(FxRobot robot, String query, List<Path> files) throws Exception {
        Node target = robot.lookup(query).query();
        return WaitForAsyncUtils.asyncFx(() -> FileDrops.drop(target, files)).get(10, TimeUnit.SECONDS);
    }

    /** Two slices of the sample test set, each a dataset file of its own. */
    private List<Path> slices() throws Exception {
        List<String> lines = Files.readAllLines(DATA);
        Path first = Files.write(temp.resolve("slice-a.csv"), lines.subList(0, 150));
        List<String> second = new ArrayList<>(lines.subList(0, 1));
        second.addAll(lines.subList(150, lines.size()));
        return List.of(first, Files.write(temp.resolve("slice-b.csv"), second));
    }
}
