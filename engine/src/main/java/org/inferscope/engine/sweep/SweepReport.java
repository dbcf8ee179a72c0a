package org.inferscope.engine.sweep;

import java.util.ArrayList;
import java.util.List;
import org.inferscope.engine.stats.Bootstrap;

/**
 * A sweep's summary: every point with its intervals and frontier mark, and the failed points with
 * their reasons. Written as {@code report.json} beside the points.
 *
 * @param schemaVersion version of this shape
 * @param total points in the plan
 * @param points measured points in grid order
 * @param failed points that could not be measured, with {@code error}
 * @param missing points of the plan not run yet (cancelled before them)
 * @param notes how to read the numbers
 */
public record SweepReport(int schemaVersion, int total, List<PointSummary> points, List<SweepPoint> failed,
                          int missing, List<String> notes) {

    public static final int SCHEMA_VERSION = 1;

    public static SweepReport of(SweepPlan plan, List<SweepPoint> saved, long seed) {
        Bootstrap bootstrap = new Bootstrap(seed);
        List<PointSummary> measured = new ArrayList<>();
        List<SweepPoint> failed = new ArrayList<>();
        for (SweepPoint p : saved) {
            if (p.status() == PointStatus.DONE) {
                measured.add(new PointSummary(p.index(), p.configuration().label(), p.configuration(),
                        RunStatistics.of(p.run(), bootstrap, p.configuration().batchSize()), false));
            } else {
                failed.add(new SweepPoint(p.schemaVersion(), p.index(), p.configuration(), p.status(), p.error(),
                        p.seconds(), p.finishedAt(), null));
            }
        }
        int total = plan.configurations().size();
        return new SweepReport(SCHEMA_VERSION, total, Frontier.mark(measured), failed,
                total - measured.size() - failed.size(), readingNotes());
    }

    private static List<String> readingNotes() {
        return List.of("intervals are 95% percentile-bootstrap intervals: accuracy over rows, latency over the timed"
                        + " single-row calls, throughput over the timed rounds (the median round)",
                "the frontier is over accuracy, throughput at the point's batch size and model file size",
                "peak resident memory is the process's (Linux VmHWM, reset before each point), so it includes what"
                        + " earlier points left resident (JVM heap, native arenas); for one configuration's own footprint,"
                        + " run eval of it in a fresh process");
    }
}
