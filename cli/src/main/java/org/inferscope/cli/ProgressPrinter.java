package org.inferscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.inferscope.engine.api.ThroughputPoint;
import org.inferscope.engine.bench.Phase;
import org.inferscope.engine.bench.RunListener;

/** Tells the user on stderr what a run is doing, one line per phase, so stdout stays clean for --json. */
final class ProgressPrinter implements RunListener {
    private final PrintWriter err;
    private final boolean quiet;
    private final long started = System.nanoTime();

    ProgressPrinter(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    void loading(Path data) {
        say("Reading " + data.getFileName() + " ...");
    }

    @Override
    public void onPhase(Phase phase, long total) {
        switch (phase) {
            case LOADING -> say("Loading the model ...");
            case TRANSFORM -> say("Making the variant ...");
            case REFERENCE -> say("Scoring the original on every row, for fidelity ...");
            case QUALITY -> say("Scoring every row for quality ...");
            case LATENCY -> say(String.format(Locale.ROOT, "Timing %,d single-row calls ...", total));
            case THROUGHPUT -> say("Measuring throughput per batch size ...");
            case DONE -> say(String.format(Locale.ROOT, "Done in %.1f s.", (System.nanoTime() - started) / 1e9));
            default -> { }
        }
    }

    @Override
    public void onThroughput(ThroughputPoint point) {
        say(String.format(Locale.ROOT, "  batch %d: %s", point.batchSize(), Format.rate(point.rowsPerSecond())));
    }

    private void say(String line) {
        if (!quiet) {
            err.println(line);
            err.flush();
        }
    }
}
