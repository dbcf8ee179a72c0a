package org.inferscope.engine.sweep;

/**
 * A measured configuration as a report shows it: its statistics and whether it is on the
 * accuracy-throughput-size frontier.
 *
 * @param index position in the grid
 * @param label what a user reads
 * @param configuration what was measured
 * @param statistics the numbers with their intervals
 * @param onFrontier no other point is at least as accurate, as fast and as small, and better in one
 */
public record PointSummary(int index, String label, SweepConfiguration configuration, RunStatistics statistics,
                           boolean onFrontier) {

    double accuracy() {
        return statistics.accuracy() == null ? Double.NaN : statistics.accuracy().estimate();
    }

    double speed() {
        return statistics.rowsPerSecond() == null ? Double.NaN : statistics.rowsPerSecond().estimate();
    }
}
