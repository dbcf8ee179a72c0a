package org.inferscope.app.viewmodel.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inferscope.engine.report.chart.LineChartModel;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.stats.ConfidenceInterval;
import org.inferscope.engine.sweep.PointSummary;
import org.inferscope.engine.sweep.RunStatistics;
import org.inferscope.engine.sweep.SweepPoint;
import org.inferscope.engine.sweep.TuningObjective;
import org.inferscope.engine.sweep.TuningResult;

/** The sweep's and the tuner's charts: accuracy (or MSE) against speed, each point with its interval. */
final class SweepCharts {
    static final String SWEEP_ID = "sweepChart";
    static final String TUNER_ID = "tunerChart";
    static final String ANSWER_COLOUR = "#D55E00";
    static final String GUIDE_COLOUR = "#CC79A7";

    private SweepCharts() {
    }

    static PointsChart empty(SweepAxis axis) {
        return PointsChart.of(SWEEP_ID, "Sweep: accuracy vs " + axis.words(), axis.title(), "accuracy (%)", List.of(),
                List.of(), "", frontierName(axis, "accuracy"));
    }

    static PointsChart sweep(SweepState s, SweepAxis axis) {
        boolean accuracy = s.report().points().stream().anyMatch(p -> p.statistics().accuracy() != null);
        Map<String, String> colours = SweepState.colours(s.plan());
        List<PointsChart.Dot> dots = new ArrayList<>();
        for (SweepRow row : s.rows()) {
            if (!row.measured()) {
                continue;
            }
            PointSummary p = s.report().points().stream().filter(q -> q.index() == row.index()).findFirst().orElseThrow();
            SweepPoint point = s.points().get(p.index());
            dots.add(dot(row.configuration(), row.colour(), p, point == null ? null : point.run().result(), axis));
        }
        String quality = accuracy ? "accuracy" : "MSE";
        return PointsChart.of(SWEEP_ID, "Sweep: " + quality + " vs " + axis.words(), axis.title(),
                accuracy ? "accuracy (%)" : "MSE (lower is better)", inPlane(dots, axis, accuracy), List.of(), "",
                frontierName(axis, quality));
    }

    /**
     * The tuner's points, speed across as its objective measures it, the answer singled out and the
     * accuracy it had to keep as a guide.
     */
    static PointsChart tuner(TuningResult r, List<SweepRow> rows) {
        SweepAxis axis = r.objective() == TuningObjective.LATENCY ? SweepAxis.P50_LATENCY : SweepAxis.THROUGHPUT;
        List<PointsChart.Dot> dots = new ArrayList<>();
        for (int i = 0; i < r.evaluated().size(); i++) {
            dots.add(dot(rows.get(i).configuration(), rows.get(i).colour(), r.evaluated().get(i), null, axis));
        }
        List<LineChartModel.Guide> guides = new ArrayList<>();
        ConfidenceInterval fp32 = r.baseline() == null ? null : r.baseline().statistics().accuracy();
        if (fp32 != null) {
            double floor = fp32.estimate() * 100 - r.withinPoints();
            guides.add(new LineChartModel.Guide(String.format(Locale.ROOT, "within %s point%s of FP32 (%.2f%%)",
                    SweepWords.trim(r.withinPoints()), r.withinPoints() == 1 ? "" : "s", floor), floor, GUIDE_COLOUR));
        }
        PointSummary answer = r.winner();
        String highlighted = answer == null ? "" : rows.stream().filter(row -> "answer".equals(row.role()))
                .map(SweepRow::configuration).findFirst().orElse("");
        return PointsChart.of(TUNER_ID, "Tuner: accuracy vs " + axis.words(), axis.title(), "accuracy (%)",
                inPlane(dots, axis, true), guides, highlighted, frontierName(axis, "accuracy"));
    }

    private static PointsChart.Dot dot(String name, String colour, PointSummary p, RunResult run, SweepAxis axis) {
        RunStatistics s = p.statistics();
        ConfidenceInterval speed = axis == SweepAxis.P50_LATENCY ? s.p50Micros() : s.rowsPerSecond();
        double x = speed == null ? Double.NaN : speed.estimate();
        ConfidenceInterval a = s.accuracy();
        if (a != null) {
            return new PointsChart.Dot(name, colour, x, a.estimate() * 100, a.lower() * 100, a.upper() * 100,
                    s.modelBytes(), p.onFrontier());
        }
        Double mse = run == null || run.quality() == null ? null : run.quality().mse();
        return new PointsChart.Dot(name, colour, x, mse == null ? Double.NaN : mse, Double.NaN, Double.NaN,
                s.modelBytes(), p.onFrontier());
    }

    /** "Frontier (accuracy, p50 latency, size)": what the chart's frontier weighs. */
    static String frontierName(SweepAxis axis, String quality) {
        return "Frontier (" + quality + ", " + axis.words() + ", size)";
    }

    /**
     * The frontier of the plane shown. Across throughput it is the engine's (accuracy, throughput at the
     * point's batch size, size), the table's star. Across p50 latency, batch size does not change a
     * point's position, so the engine's frontier would join points that look dominated there; the chart
     * marks instead the points no other beats on quality, p50 latency and size together.
     */
    static List<PointsChart.Dot> inPlane(List<PointsChart.Dot> dots, SweepAxis axis, boolean higherIsBetter) {
        if (axis != SweepAxis.P50_LATENCY) {
            return dots;
        }
        List<PointsChart.Dot> marked = new ArrayList<>();
        for (PointsChart.Dot d : dots) {
            boolean dominated = dots.stream().anyMatch(o -> o != d && dominates(o, d, higherIsBetter));
            marked.add(d.onFrontier(!dominated && Double.isFinite(d.x()) && Double.isFinite(d.y())));
        }
        return marked;
    }

    private static boolean dominates(PointsChart.Dot o, PointsChart.Dot d, boolean higherIsBetter) {
        if (!Double.isFinite(o.x()) || !Double.isFinite(o.y())) {
            return false;
        }
        if (!Double.isFinite(d.x()) || !Double.isFinite(d.y())) {
            return true;
        }
        double oq = higherIsBetter ? o.y() : -o.y();
        double dq = higherIsBetter ? d.y() : -d.y();
        boolean noWorse = oq >= dq && o.x() <= d.x() && o.size() <= d.size();
        boolean better = oq > dq || o.x() < d.x() || o.size() < d.size();
        return noWorse && better;
    }
}
