package org.inferscope.cli;

import picocli.CommandLine.Command;

/** {@code inferscope scenario}: deployment scenarios in MLPerf LoadGen's vocabulary. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "Deployment scenarios as MLPerf LoadGen names them: single-stream (p90 latency), offline (best"
                + " throughput), server (Poisson arrivals, p99 under a bound, highest rate that meets it), edge (a remote"
                + " device plus the network against the local one).",
        commandListHeading = "%nScenarios:%n")
final class ScenarioCommand implements Runnable {
    private final CliContext context;

    ScenarioCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        context.err().println("inferscope scenario: name one of single-stream, offline, server, edge (see --help).");
    }
}
