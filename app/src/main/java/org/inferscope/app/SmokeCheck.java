package org.inferscope.app;

import java.io.PrintStream;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.Observable;
import org.inferscope.app.viewmodel.WorkbenchViewModel;

/**
 * {@code --smoke-check}: the installer's smoke test. Once the files given on the command line are open
 * in the window (or one of them failed), prints what the model and dataset cards show and closes the
 * window; exit status 0 when both cards are filled, 1 on an error, 3 when nothing opened within the
 * time limit. It goes through the same open path as a drop or a double-clicked file.
 */
final class SmokeCheck {
    static final String OPTION = "--smoke-check";
    private static final javafx.util.Duration LIMIT = javafx.util.Duration.seconds(60);

    private final WorkbenchViewModel viewModel;
    private final PrintStream out;
    /** Read by {@link Main} once the window has closed. */
    private static volatile int exitStatus;
    private boolean done;

    private SmokeCheck(WorkbenchViewModel viewModel, PrintStream out) {
        this.viewModel = viewModel;
        this.out = out;
    }

    static int exitStatus() {
        return exitStatus;
    }

    static void watch(WorkbenchViewModel viewModel) {
        SmokeCheck check = new SmokeCheck(viewModel, System.out);
        viewModel.modelProperty().addListener(check::changed);
        viewModel.datasetProperty().addListener(check::changed);
        viewModel.errorProperty().addListener(check::changed);
        PauseTransition timeout = new PauseTransition(LIMIT);
        timeout.setOnFinished(e -> check.finish(3, "nothing opened within " + (int) LIMIT.toSeconds() + " s"));
        timeout.play();
        check.changed(null);
    }

    private void changed(Observable ignored) {
        if (viewModel.errorProperty().get() != null) {
            finish(1, "error: " + viewModel.errorProperty().get().sentence());
        } else if (viewModel.modelProperty().get() != null && viewModel.datasetProperty().get() != null) {
            var model = viewModel.modelProperty().get();
            var data = viewModel.datasetProperty().get();
            finish(0, "model " + model.file().getFileName() + " (" + model.format() + ", " + model.backendId()
                    + "), dataset " + data.name() + " (" + data.info().rows() + " rows, " + data.task() + ")");
        }
    }

    private void finish(int status, String message) {
        if (done) {
            return;
        }
        done = true;
        out.println("InferScope smoke check: " + message);
        out.flush();
        exitStatus = status;
        Platform.exit();
    }
}
