package org.inferscope.app.viewmodel.study;

import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.stats.ConfidenceInterval;
import org.inferscope.engine.sweep.PointSummary;
import org.inferscope.engine.sweep.RunStatistics;
import org.inferscope.engine.sweep.SweepPoint;

/**
 * One configuration in the sweep's or the tuner's table: its numbers with their 95% intervals, whether
 * it is on the accuracy-throughput-size frontier, or why it could not be measured.
 *
 * @param index position in the sweep's grid (the tuner's order for the tuner)
 * @param role the tuner's word for it ("baseline", "answer"), "" in a sweep
 * @param configuration what a user reads: "INT8 dynamic · 50% structured · batch 64"
 * @param colour its colour on the chart, a CSS hex string
 * @param quality accuracy with its interval, or the MSE for regression
 * @param p50 single-row median latency in µs with its interval
 * @param p99 single-row 99th percentile in µs with its interval
 * @param throughput rows per second at the point's batch size with its interval
 * @param size the (variant) model file's size
 * @param peakRss the process's peak resident memory during the point, "-" where unknown
 * @param onFrontier no other point is at least as accurate, as fast and as small, and better in one
 * @param failure why the point could not be measured, "" for a measured one
 */
public record SweepRow(int index, String role, String configuration, String colour, Figure quality, Figure p50,
                       Figure p99, Figure throughput, Figure size, Figure peakRss, boolean onFrontier,
                       String failure) {

    /** A measured point; {@code run} gives the MSE when there is no accuracy (regression), and may be null. */
    static SweepRow measured(PointSummary p, String role, String label, String colour, RunResult run) {
        RunStatistics s = p.statistics();
        Figure quality = s.accuracy() != null ? new Figure(s.accuracy().estimate() * 100, SweepWords.percent(s.accuracy()))
                : mse(run);
        return new SweepRow(p.index(), role, label, colour, quality, figure(s.p50Micros(), SweepWords.micros(s.p50Micros())),
                figure(s.p99Micros(), SweepWords.micros(s.p99Micros())),
                figure(s.rowsPerSecond(), SweepWords.rate(s.rowsPerSecond())),
                new Figure(s.modelBytes(), SweepWords.kilobytes(s.modelBytes())),
                s.peakResidentBytes() < 0 ? Figure.NONE
                        : new Figure(s.peakResidentBytes(), SweepWords.megabytes(s.peakResidentBytes())),
                p.onFrontier(), "");
    }

    /** A point that could not be measured, with the engine's sentence. */
    static SweepRow failed(SweepPoint p, String label, String colour) {
        return new SweepRow(p.index(), "", label, colour, Figure.NONE, Figure.NONE, Figure.NONE, Figure.NONE,
                Figure.NONE, Figure.NONE, false, p.error() == null ? "failed" : p.error());
    }

    /** Whether the point was measured. */
    public boolean measured() {
        return failure.isEmpty();
    }

    private static Figure figure(ConfidenceInterval ci, String text) {
        return ci == null ? Figure.NONE : new Figure(ci.estimate(), text);
    }

    private static Figure mse(RunResult run) {
        Double mse = run == null || run.quality() == null ? null : run.quality().mse();
        return mse == null ? Figure.NONE : new Figure(mse, String.format(java.util.Locale.ROOT, "MSE %.4g", mse));
    }
}
