package org.inferscope.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.inferscope.app.history.RunHistory;
import org.inferscope.app.history.RunStore;
import org.inferscope.app.view.WorkbenchView;
import org.inferscope.app.viewmodel.ThemePreference;
import org.inferscope.app.viewmodel.WorkbenchViewModel;
import org.inferscope.engine.bench.TerminationSignals;
import org.inferscope.engine.plugins.ProviderRegistry;

/** The workbench window: 1280x800, with the bundled sample (or the files given) already open. */
public final class WorkbenchApp extends Application {
    private static final long ENGINE_STACK_BYTES = 16L << 20;
    /** How long closing waits for a cancelled run to return from its current native call. */
    private static final long ENGINE_STOP_SECONDS = 5;
    private ExecutorService worker;
    private WorkbenchViewModel viewModel;
    private RunStore history;

    @Override
    public void start(Stage stage) {
        worker = Executors.newSingleThreadExecutor(r -> {
            // a large stack: ONNX Runtime's native code crashed the JVM on 1 MB thread stacks (seen at start-up
            // with long class paths, and once in an INT8 run on this thread)
            Thread t = new Thread(null, r, "inferscope-engine", ENGINE_STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        history = openHistory();
        // a kill (SIGTERM) or Ctrl+C in the terminal stops the engine before the JVM's shutdown hooks run
        // (ONNX Runtime's hook closes its environment and raced a call still in flight: a native crash)
        TerminationSignals.install(this::stopEngineAndHistory);
        // any other way out of the JVM still stops the engine first
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutDownEngine, "inferscope-shutdown"));
        viewModel = new WorkbenchViewModel(ProviderRegistry.discover(WorkbenchApp.class.getClassLoader()),
                worker, Platform::runLater, history);
        WorkbenchView view = new WorkbenchView(viewModel, ThemePreference.in(RunHistory.defaultHome()));
        Scene scene = new Scene(view.root(), 1280, 800);
        stage.setTitle("InferScope");
        stage.setScene(scene);
        stage.show();
        StartupOptions options = StartupOptions.parse(getParameters().getRaw(),
                System.getProperty("inferscope.samples"), System.getProperty("inferscope.demo"));
        PulseMonitor.watchIfAsked(viewModel, System.getProperty("inferscope.pulseReport"));
        viewModel.loadDevices();
        viewModel.open(options.files());
        DemoRuns.queueWhenReady(viewModel, options.demo());
        if (getParameters().getRaw().contains(SmokeCheck.OPTION)) {
            SmokeCheck.watch(viewModel);
        }
    }

    @Override
    public void stop() {
        stopEngineAndHistory();
    }

    /**
     * Cancels the run in progress and waits for the engine thread to leave ONNX Runtime's native code:
     * a process that exits while a native call is running can crash on the way out.
     */
    private synchronized void shutDownEngine() {
        if (viewModel != null) {
            viewModel.cancel();
        }
        if (worker != null && !worker.isShutdown()) {
            worker.shutdown();
            try {
                worker.awaitTermination(ENGINE_STOP_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The engine out of native code, then the history closed: on closing, and on a termination signal. */
    private void stopEngineAndHistory() {
        shutDownEngine();
        if (history != null) {
            history.close();
        }
    }

    /** The run history in inferscope.home or ~/.inferscope; whatever goes wrong, the window still opens. */
    private static RunStore openHistory() {
        try {
            return RunHistory.open(RunHistory.defaultHome());
        } catch (RuntimeException | LinkageError e) {
            return RunStore.unavailable("Run history is unavailable (" + e.getMessage()
                    + "); results of this session will not be saved.");
        }
    }
}
