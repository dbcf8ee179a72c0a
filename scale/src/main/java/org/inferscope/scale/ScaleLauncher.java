package org.inferscope.scale;

import java.io.PrintWriter;
import org.inferscope.engine.api.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The main class of {@code ./inferscope spark-eval} and {@code spark-sweep}, and of spark-submit: the
 * engine's evaluation on Apache Spark. Expected failures print one sentence and exit with 2.
 */
@Command(name = "inferscope", mixinStandardHelpOptions = true,
        subcommands = {SparkEvalCommand.class, SparkSweepCommand.class},
        description = "The same evaluation on Apache Spark, for data one machine cannot hold.")
public final class ScaleLauncher {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new ScaleLauncher());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof BadInputException bad) {
                    err.println("InferScope: " + bad.getMessage());
                    return BAD_INPUT;
                }
            }
            err.println("InferScope: the run failed unexpectedly (" + e + "); the details follow.");
            e.printStackTrace(err);
            return FAILED;
        });
        return cli.execute(args);
    }
}
