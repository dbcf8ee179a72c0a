package org.inferscope.app.viewmodel.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inferscope.engine.report.chart.Palette;
import org.inferscope.engine.stats.Bootstrap;
import org.inferscope.engine.sweep.Frontier;
import org.inferscope.engine.sweep.PointStatus;
import org.inferscope.engine.sweep.PointSummary;
import org.inferscope.engine.sweep.RunStatistics;
import org.inferscope.engine.sweep.SweepConfiguration;
import org.inferscope.engine.sweep.SweepPlan;
import org.inferscope.engine.sweep.SweepPoint;
import org.inferscope.engine.sweep.SweepReport;

/**
 * A sweep as far as it got: its plan and folder, the points saved, the engine's report over them
 * (intervals and frontier marks) and the table's rows.
 *
 * @param plan the grid and its settings
 * @param folder where its points are saved
 * @param points the saved points by grid index, in grid order
 * @param report the engine's report of the saved points, as {@code report.json} holds it
 * @param rows a row per saved point in grid order
 */
public record SweepState(SweepPlan plan, Path folder, Map<Integer, SweepPoint> points, SweepReport report,
                         List<SweepRow> rows) {

    public SweepState {
        points = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(points));
        rows = List.copyOf(rows);
    }

    /** The state of {@code saved} points of {@code plan}; points of other plans' grids are left out. */
    static SweepState of(SweepPlan plan, Path folder, Collection<SweepPoint> saved) {
        return of(plan, folder, saved, new HashMap<>());
    }

    /**
     * As above, reusing and filling {@code statistics} (by configuration key): a running sweep computes
     * each point's bootstrap intervals once, not again after every later point. The report is the one
     * {@link SweepReport#of} gives, since every bootstrap interval starts from the same seed.
     */
    static SweepState of(SweepPlan plan, Path folder, Collection<SweepPoint> saved,
                         Map<String, RunStatistics> statistics) {
        List<SweepConfiguration> grid = plan.configurations();
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < grid.size(); i++) {
            indexOf.put(grid.get(i).key(), i);
        }
        Map<Integer, SweepPoint> byIndex = new LinkedHashMap<>();
        saved.stream().filter(p -> indexOf.containsKey(p.configuration().key()))
                .sorted(Comparator.comparingInt(p -> indexOf.get(p.configuration().key())))
                .forEach(p -> byIndex.put(indexOf.get(p.configuration().key()), p));
        SweepReport report = report(plan, byIndex, statistics);
        return new SweepState(plan, folder, byIndex, report, rows(plan, report, byIndex));
    }

    private static SweepReport report(SweepPlan plan, Map<Integer, SweepPoint> points,
                                      Map<String, RunStatistics> statistics) {
        long seed = plan.base().seed();
        List<PointSummary> measured = new ArrayList<>();
        List<SweepPoint> failed = new ArrayList<>();
        for (SweepPoint p : points.values()) {
            SweepConfiguration c = p.configuration();
            if (p.status() == PointStatus.DONE) {
                RunStatistics s = statistics.computeIfAbsent(c.key() + "@" + p.finishedAt(),
                        k -> RunStatistics.of(p.run(), new Bootstrap(seed), c.batchSize()));
                measured.add(new PointSummary(p.index(), c.label(), c, s, false));
            } else {
                failed.add(new SweepPoint(p.schemaVersion(), p.index(), c, p.status(), p.error(), p.seconds(),
                        p.finishedAt(), null));
            }
        }
        int total = plan.configurations().size();
        return new SweepReport(SweepReport.SCHEMA_VERSION, total, Frontier.mark(measured), failed,
                total - measured.size() - failed.size(), SweepReport.of(plan, List.of(), seed).notes());
    }

    private static List<SweepRow> rows(SweepPlan plan, SweepReport report, Map<Integer, SweepPoint> points) {
        boolean withDevice = plan.devices().size() > 1;
        Map<String, String> colours = colours(plan);
        List<SweepRow> out = new ArrayList<>();
        for (PointSummary p : report.points()) {
            SweepPoint point = points.get(p.index());
            out.add(SweepRow.measured(p, "", SweepWords.label(p.configuration(), withDevice),
                    colours.get(variantKey(p.configuration())), point == null ? null : point.run().result()));
        }
        for (SweepPoint f : report.failed()) {
            out.add(SweepRow.failed(f, SweepWords.label(f.configuration(), withDevice),
                    colours.get(variantKey(f.configuration()))));
        }
        out.sort(Comparator.comparingInt(SweepRow::index));
        return out;
    }

    /** A colour per model variant (device, precision, pruning), in grid order: a variant's batch sizes share it. */
    static Map<String, String> colours(SweepPlan plan) {
        Map<String, String> colours = new LinkedHashMap<>();
        for (SweepConfiguration c : plan.configurations()) {
            colours.computeIfAbsent(variantKey(c), k -> Palette.colour(colours.size()));
        }
        return colours;
    }

    private static String variantKey(SweepConfiguration c) {
        return c.device() + "|" + SweepWords.variant(c);
    }

    /** Whether the plan has points not saved yet, or saved as failed: what resuming would run. */
    public boolean unfinished() {
        return report.missing() > 0 || !report.failed().isEmpty();
    }
}
