package org.inferscope.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.sweep.PointStatus;
import org.inferscope.engine.sweep.SweepConfiguration;
import org.inferscope.engine.sweep.SweepListener;
import org.inferscope.engine.sweep.SweepPoint;

/** One stderr line per sweep or tuning point, with what is left. */
final class SweepProgress implements SweepListener {
    private final PrintWriter err;
    private final boolean quiet;

    SweepProgress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    @Override
    public void onStart(int total, int alreadyDone, Duration estimate) {
        say(String.format(Locale.ROOT, "%d configurations, %d already saved%s", total, alreadyDone,
                estimate.isZero() ? "" : "; estimated " + Intervals.duration(estimate)));
    }

    @Override
    public void onPointStarted(SweepConfiguration c, int index, int total) {
        say(String.format(Locale.ROOT, "[%d/%d] %s ...", index + 1, total, c.label()));
    }

    @Override
    public void onPointSaved(SweepPoint p, int done, int total, Duration remaining) {
        if (p.status() == PointStatus.FAILED) {
            say("  failed: " + p.error());
            return;
        }
        RunResult r = p.run().result();
        String accuracy = r.quality().accuracy() == null ? "" : Format.percent(r.quality().accuracy()) + "  ";
        String rate = r.throughput().isEmpty() ? "" : Format.rate(r.throughput().get(0).rowsPerSecond()) + "  ";
        say(String.format(Locale.ROOT, "  %s%s%.1f s%s", accuracy, rate, p.seconds(),
                remaining.isZero() ? "" : "; about " + Intervals.duration(remaining) + " left"));
    }

    private void say(String line) {
        if (!quiet) {
            err.println(line);
            err.flush();
        }
    }
}
