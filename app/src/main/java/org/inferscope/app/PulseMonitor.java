package org.inferscope.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.inferscope.app.viewmodel.WorkbenchViewModel;

/**
 * Measures how smoothly the window keeps drawing while runs go on: from the first run's start to the
 * moment the queue is empty, an {@link AnimationTimer} (which asks for a pulse every frame) records the
 * gap between pulses; then the report is written to {@code file}. Turned on with
 * {@code -Dinferscope.pulseReport=FILE}, for the benchmark in docs/benchmarks.md.
 */
final class PulseMonitor extends AnimationTimer implements ChangeListener<Boolean> {
    private final PulseGaps gaps = new PulseGaps();
    private final WorkbenchViewModel viewModel;
    private final Path file;

    private PulseMonitor(WorkbenchViewModel viewModel, Path file) {
        this.viewModel = viewModel;
        this.file = file;
    }

    /** Watches the next runs of {@code viewModel} when {@code property} names a file; FX thread. */
    static void watchIfAsked(WorkbenchViewModel viewModel, String property) {
        if (property != null && !property.isBlank()) {
            viewModel.runningProperty().addListener(new PulseMonitor(viewModel, Path.of(property)));
        }
    }

    @Override
    public void handle(long now) {
        gaps.pulse(now, viewModel.live().runLabelProperty().get() + ": " + viewModel.live().phaseProperty().get());
    }

    @Override
    public void changed(ObservableValue<? extends Boolean> running, Boolean was, Boolean now) {
        if (now) {
            start();
            return;
        }
        stop();
        viewModel.runningProperty().removeListener(this);
        try {
            Files.writeString(file, gaps.report() + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("InferScope: could not write the pulse report to " + file + ": " + e.getMessage());
        }
    }
}
