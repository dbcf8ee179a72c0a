package org.inferscope.app;

import javafx.application.Application;

/**
 * Starts the workbench. A plain main class, not the Application itself: started from classpath jars,
 * an Application main class fails with "JavaFX runtime components are missing".
 *
 * <p>Arguments: model and/or dataset files, opened as a drop would open them; {@code --run-demo} queues
 * FP32, INT8 dynamic and 50% structured pruning at start-up (or {@code -Dinferscope.demo=fp32,int8-dynamic,...});
 * {@code --smoke-check} reports what opened and closes the window (the installer's smoke test).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(WorkbenchApp.class, args);
        if (SmokeCheck.exitStatus() != 0) {
            System.exit(SmokeCheck.exitStatus());
        }
    }
}
