package org.inferscope.cli;

import java.io.PrintWriter;
import org.inferscope.engine.api.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code inferscope} command and its exit-code policy. */
@Command(name = "inferscope", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Compare ML inference runtimes, precisions and settings on your model and data.", ""},
        commandListHeading = "%nCommands:%n",
        footer = {"", "./inferscope samples regenerates the bundled sample models and data in samples/ (it runs Maven).",
                "", "Exit codes: 0 ok, 2 bad input (the message names the file, row or column), 1 internal error.",
                "Run 'inferscope <command> --help' for a command's options."})
public final class InferScopeCli implements Runnable {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    private final CliContext context;

    InferScopeCli(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        context.out().println(commandLine(context).getUsageMessage());
    }

    /** Runs the command line with the process's stdout and stderr. */
    public static int execute(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return execute(new CliContext(out, err), args);
    }

    /** Runs the command line against the given context (tests pass their own writers). */
    public static int execute(CliContext context, String... args) {
        return commandLine(context).execute(args);
    }

    static CommandLine commandLine(CliContext context) {
        CommandLine cl = new CommandLine(new InferScopeCli(context));
        cl.addSubcommand("eval", new EvalCommand(context));
        cl.addSubcommand("info", new InfoCommand(context));
        cl.addSubcommand("transform", new TransformCommand(context));
        cl.addSubcommand("convert", new ConvertCommand(context));
        cl.addSubcommand("devices", new DevicesCommand(context));
        cl.addSubcommand("sweep", new SweepCommand(context));
        cl.addSubcommand("tune", new TuneCommand(context));
        CommandLine scenario = new CommandLine(new ScenarioCommand(context));
        scenario.addSubcommand("single-stream", new SingleStreamCommand(context));
        scenario.addSubcommand("offline", new OfflineCommand(context));
        scenario.addSubcommand("server", new ServerCommand(context));
        scenario.addSubcommand("edge", new EdgeCommand(context));
        cl.addSubcommand("scenario", scenario);
        cl.addSubcommand("robustness", new RobustnessCommand(context));
        cl.addSubcommand("drift", new DriftCommand(context));
        cl.addSubcommand("compare", new CompareCommand(context));
        cl.setOut(context.out());
        cl.setErr(context.err());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> report(context, ex));
        cl.setParameterExceptionHandler((ex, args) -> {
            context.err().println("inferscope: " + ex.getMessage());
            ex.getCommandLine().usage(context.err());
            return BAD_INPUT;
        });
        return cl;
    }

    private static int report(CliContext context, Exception ex) {
        Throwable bad = ex;
        while (bad != null && !(bad instanceof BadInputException)) {
            bad = bad.getCause();
        }
        if (bad != null) {
            context.err().println("inferscope: " + bad.getMessage());
            return BAD_INPUT;
        }
        context.err().println("inferscope: internal error: " + ex
                + " (set INFERSCOPE_DEBUG=1 for the stack trace, and please report it)");
        if (System.getenv("INFERSCOPE_DEBUG") != null) {
            ex.printStackTrace(context.err());
        }
        return INTERNAL_ERROR;
    }
}
