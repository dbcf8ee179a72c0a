package org.inferscope.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.inferscope.engine.sweep.PointSummary;
import org.inferscope.engine.sweep.RunStatistics;
import org.inferscope.engine.sweep.TuningResult;

/** The tuner's answer, its evidence, and the frontier. */
final class TuningPrinter {
    private final PrintWriter out;

    TuningPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(TuningResult r) {
        out.println("Answer      " + r.verdict());
        if (r.speed() != null) {
            out.printf(Locale.ROOT, "Speed       %s vs FP32 %s rows/s; difference %s: %s%n", Intervals.rate(r.speed().b()),
                    Intervals.rate(r.speed().a()), Intervals.rate(r.speed().difference()), r.speed().verdict().words());
        }
        if (r.latency() != null) {
            out.printf(Locale.ROOT, "Latency     p50 %s vs FP32 %s; difference %s: %s%n", Intervals.micros(r.latency().b()),
                    Intervals.micros(r.latency().a()), Intervals.micros(r.latency().difference()),
                    r.latency().verdict().words());
        }
        if (r.accuracy() != null) {
            out.printf(Locale.ROOT, "Accuracy    McNemar on %,d rows: %d right only in FP32, %d only in the variant,"
                            + " p = %.3f: %s%n", r.accuracy().rows(), r.accuracy().onlyARight(), r.accuracy().onlyBRight(),
                    r.accuracy().pValue(), r.accuracy().verdict().words());
        }
        out.println();
        TextTable t = new TextTable("  CONFIGURATION", "ACCURACY [95% CI]", "ROWS/S [95% CI]", "P50 [95% CI]", "SIZE",
                "FRONTIER");
        for (PointSummary p : r.evaluated()) {
            RunStatistics s = p.statistics();
            t.row("  " + p.label(), Intervals.percent(s.accuracy()), Intervals.rate(s.rowsPerSecond()),
                    Intervals.micros(s.p50Micros()), Format.bytes(s.modelBytes()), p.onFrontier() ? "*" : "");
        }
        t.print(out);
        r.untried().forEach(u -> out.println("Untried     " + u));
        r.notes().forEach(n -> out.println("Note        " + n));
        out.printf(Locale.ROOT, "Spent       %.1f s%n", r.seconds());
    }
}
