package org.inferscope.cli;

/**
 * The launcher's main class. With no arguments it will start the desktop app once that exists;
 * until then it prints the command line's help.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // Ctrl+C or kill during a run: stop at once, before ONNX Runtime's shutdown hook can race a native call
        org.inferscope.engine.bench.TerminationSignals.install(() -> System.err.println(
                "inferscope: stopped; files already written are complete, the run in progress is not saved."));
        System.exit(InferScopeCli.execute(args));
    }
}
