package org.inferscope.cli;

/**
 * The launcher's main class. With no arguments it will start the desktop app once that exists;
 * until then it prints the command line's help.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(InferScopeCli.execute(args));
    }
}
