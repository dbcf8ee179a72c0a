package org.inferscope.engine.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * The Pareto frontier over accuracy (higher is better), throughput (higher) and model size (smaller):
 * a point is on it when no other point is at least as good in all three and better in one. Point
 * estimates decide; the intervals are shown beside them.
 */
public final class Frontier {

    private Frontier() {
    }

    /** The same summaries with {@code onFrontier} set. */
    public static List<PointSummary> mark(List<PointSummary> points) {
        List<PointSummary> out = new ArrayList<>();
        for (PointSummary p : points) {
            boolean dominated = points.stream().anyMatch(q -> q != p && dominates(q, p));
            out.add(new PointSummary(p.index(), p.label(), p.configuration(), p.statistics(), !dominated));
        }
        return out;
    }

    static boolean dominates(PointSummary q, PointSummary p) {
        double qa = orWorst(q.accuracy());
        double pa = orWorst(p.accuracy());
        double qs = orWorst(q.speed());
        double ps = orWorst(p.speed());
        long qb = q.statistics().modelBytes();
        long pb = p.statistics().modelBytes();
        boolean noWorse = qa >= pa && qs >= ps && qb <= pb;
        boolean better = qa > pa || qs > ps || qb < pb;
        return noWorse && better;
    }

    private static double orWorst(double v) {
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }
}
