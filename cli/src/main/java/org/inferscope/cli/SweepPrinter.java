package org.inferscope.cli;

import java.io.PrintWriter;
import org.inferscope.engine.sweep.PointSummary;
import org.inferscope.engine.sweep.RunStatistics;
import org.inferscope.engine.sweep.SweepPoint;
import org.inferscope.engine.sweep.SweepReport;

/** A sweep's report as a table: every point with its 95 % intervals, the frontier marked with *. */
final class SweepPrinter {
    private final PrintWriter out;

    SweepPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(SweepReport report) {
        TextTable t = new TextTable("  CONFIGURATION", "ACCURACY [95% CI]", "P50 [95% CI]", "P99 [95% CI]",
                "ROWS/S [95% CI]", "SIZE", "PEAK RSS", "J/1000", "FRONTIER");
        for (PointSummary p : report.points()) {
            RunStatistics s = p.statistics();
            t.row("  " + p.label(), Intervals.percent(s.accuracy()), Intervals.micros(s.p50Micros()),
                    Intervals.micros(s.p99Micros()), Intervals.rate(s.rowsPerSecond()), Format.bytes(s.modelBytes()),
                    Format.bytes(s.peakResidentBytes()), s.energy().measured() ? Format.number(s.energy().joulesPer1000(), 3)
                            : "n/a", p.onFrontier() ? "*" : "");
        }
        t.print(out);
        out.println();
        for (SweepPoint f : report.failed()) {
            out.println("Failed      " + f.configuration().label() + ": " + f.error());
        }
        if (report.missing() > 0) {
            out.println("Missing     " + report.missing() + " of " + report.total() + " points: run again with --resume.");
        }
        report.points().stream().findFirst().filter(p -> !p.statistics().energy().measured())
                .ifPresent(p -> out.println("Energy      " + p.statistics().energy().reason()));
        report.notes().forEach(n -> out.println("Note        " + n));
    }
}
