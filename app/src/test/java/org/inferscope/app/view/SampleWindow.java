package org.inferscope.app.view;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.inferscope.app.history.RunStore;
import org.inferscope.app.viewmodel.QuickRuns;
import org.inferscope.app.viewmodel.WorkbenchViewModel;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workbench window the TestFX tests drive: 1280x800, the engine on a worker thread of its own, runs cut
 * short (2 warm-up rows, 20 iterations, batch sizes 1 and 32). Make it in the test's {@code @Start}, close it
 * in {@code @AfterEach}.
 */
public final class SampleWindow implements AutoCloseable {
    public static final Path SAMPLES = Path.of(System.getProperty("inferscope.repo.root", ".."), "samples");
    public static final Path MODEL = SAMPLES.resolve("models/digits-mlp.onnx");
    public static final Path DATA = SAMPLES.resolve("datasets/digits-test.csv");
    /** Where snapshots of the window go, for a person to look at. */
    public static final Path SHOTS = Path.of("target", "window-shots");

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final WorkbenchViewModel viewModel;
    private final WorkbenchView view;

    private SampleWindow(Stage stage) {
        viewModel = new WorkbenchViewModel(ProviderRegistry.discover(SampleWindow.class.getClassLoader()), worker,
                Platform::runLater, RunStore.inMemory(), QuickRuns.TIMING);
        view = show(stage, viewModel);
        viewModel.configuration().warmupProperty().set(2);
        viewModel.configuration().iterationsProperty().set(20);
        viewModel.configuration().batchSizesProperty().set("1, 32");
        viewModel.loadDevices();
    }

    /** The window with nothing open. */
    public static SampleWindow empty(Stage stage) {
        return new SampleWindow(stage);
    }

    /** The window opening the digits MLP and its test set. */
    public static SampleWindow withDigits(Stage stage) {
        SampleWindow window = new SampleWindow(stage);
        window.viewModel.open(List.of(MODEL, DATA));
        return window;
    }

    /** Shows {@code viewModel}'s window on the stage, for a test that makes its view model itself. */
    public static WorkbenchView show(Stage stage, WorkbenchViewModel viewModel) {
        WorkbenchView view = new WorkbenchView(viewModel);
        stage.setScene(new Scene(view.root(), 1280, 800));
        stage.show();
        return view;
    }

    public WorkbenchViewModel viewModel() {
        return viewModel;
    }

    public WorkbenchView view() {
        return view;
    }

    /** The toolbar's Run button, once what was opened is loaded and it can be pressed. */
    public Button awaitRunnable(FxRobot robot) throws Exception {
        Button run = robot.lookup("#toolRun").queryButton();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !run.isDisabled());
        return run;
    }

    /** Runs the configuration as it is, then again at INT8 dynamic, and waits for both rows. */
    public void runFp32AndInt8(FxRobot robot) throws Exception {
        Button run = awaitRunnable(robot);
        robot.clickOn(run);
        robot.interact(() -> viewModel.configuration().precisionProperty().set(Precision.INT8_DYNAMIC));
        robot.clickOn(run);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> viewModel.rows().size() == 2 && !viewModel.runningProperty().get());
    }

    public void assertNoError() {
        assertNull(viewModel.errorProperty().get(), () -> viewModel.errorProperty().get().details());
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    /** Selects the tab with this id, in whichever tab pane (outer or inner) holds it. */
    public static Tab select(FxRobot robot, String tabId) {
        Tab found = robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .flatMap(pane -> pane.getTabs().stream()).filter(tab -> tabId.equals(tab.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no tab " + tabId));
        robot.interact(() -> found.getTabPane().getSelectionModel().select(found));
        WaitForAsyncUtils.waitForFxEvents();
        return found;
    }

    /** Writes the node as the app exports it (a 2x PNG) under {@link #SHOTS}, and reads the picture back. */
    public static BufferedImage snapshot(FxRobot robot, Node node, String name) throws IOException {
        Files.createDirectories(SHOTS);
        Path file = SHOTS.resolve(name);
        robot.interact(() -> new ChartExporter().writePng(node, file));
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new AssertionError(file + " is not a picture");
        }
        return image;
    }
}
