package org.inferscope.app;

import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.util.Duration;
import org.inferscope.app.viewmodel.RunConfiguration;
import org.inferscope.app.viewmodel.WorkbenchViewModel;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Precision;

/**
 * Queues demo configurations once the sample is open, as if the user had set each one and pressed Run.
 * A configuration is a precision and/or a pruning level joined by '+': "int8-dynamic+structured-50",
 * "sparse-30", "fp16".
 */
final class DemoRuns {
    private DemoRuns() {
    }

    static void queueWhenReady(WorkbenchViewModel viewModel, List<String> configurations) {
        if (configurations.isEmpty()) {
            return;
        }
        if (viewModel.canRunProperty().get()) {
            queue(viewModel, configurations);
            return;
        }
        viewModel.canRunProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (now) {
                    viewModel.canRunProperty().removeListener(this);
                    queue(viewModel, configurations);
                }
            }
        });
    }

    /**
     * Queues them a second after the sample opened, as a user's first click would come: the window's own
     * first layout of the sample (preview table, charts) is then not counted as the runs' pulse gaps.
     */
    private static void queue(WorkbenchViewModel viewModel, List<String> configurations) {
        PauseTransition settle = new PauseTransition(Duration.seconds(1));
        settle.setOnFinished(e -> queueNow(viewModel, configurations));
        settle.play();
    }

    private static void queueNow(WorkbenchViewModel viewModel, List<String> configurations) {
        for (String configuration : configurations) {
            try {
                apply(viewModel.configuration(), configuration);
                viewModel.run();
            } catch (BadInputException e) {
                viewModel.reportError(org.inferscope.app.viewmodel.ErrorReport.of(e));
            }
        }
    }

    static void apply(RunConfiguration config, String configuration) {
        config.precisionProperty().set(Precision.FP32);
        config.sparsityProperty().set(0);
        config.structuredProperty().set(false);
        for (String part : configuration.toLowerCase(Locale.ROOT).split("\\+")) {
            if (part.startsWith("structured-") || part.startsWith("sparse-")) {
                String[] kv = part.split("-", 2);
                config.sparsityProperty().set(Integer.parseInt(kv[1]) / 100.0);
                config.structuredProperty().set(kv[0].equals("structured"));
            } else {
                config.precisionProperty().set(Precision.fromCliName(part));
            }
        }
    }
}
