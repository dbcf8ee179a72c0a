package org.inferscope.engine.bench;

/** The user cancelled the run; nothing is wrong, and no result is produced. */
public class RunCancelledException extends RuntimeException {

    public RunCancelledException() {
        super("The run was cancelled.");
    }
}
