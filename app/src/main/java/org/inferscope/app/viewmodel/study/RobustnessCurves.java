package org.inferscope.app.viewmodel.study;

import java.util.ArrayList;
import java.util.List;
import org.inferscope.engine.report.chart.LineChartModel;
import org.inferscope.engine.robustness.Perturbation;
import org.inferscope.engine.robustness.RobustnessChart;

/**
 * Robustness curves of one or more configurations under one kind of perturbation, as measured; written
 * as is to the JSON export.
 *
 * @param kind noise or dropout
 * @param metric "accuracy" (classification, with 95% bootstrap intervals) or "MSE" (regression, without)
 * @param dataset the file the perturbations were applied to
 * @param seed the seed of the perturbations and the bootstrap
 * @param curves one per configuration, in the comparison's order
 * @param skipped configurations that could not be measured, each "label: why"
 */
public record RobustnessCurves(Perturbation.Kind kind, String metric, String dataset, long seed, List<Curve> curves,
                               List<String> skipped) {

    public RobustnessCurves {
        curves = List.copyOf(curves);
        skipped = List.copyOf(skipped);
    }

    /** One configuration's curve, its points by ascending level. */
    public record Curve(String configuration, String colour, List<Point> points) {
        public Curve {
            points = List.copyOf(points);
        }

        /** The point at level 0, or the lowest level's when 0 was not measured. */
        public Point base() {
            return points.stream().filter(p -> p.level() == 0).findFirst().orElse(points.get(0));
        }
    }

    /**
     * One level of a curve.
     *
     * @param perturbation the engine's words for it ("noise 0.25 sd", "dropout 30%")
     * @param value accuracy (a fraction) or MSE
     * @param ci95Low the 95% interval's lower bound; null for MSE
     * @param ci95High its upper bound; null for MSE
     * @param rows rows scored
     * @param changeFromLevel0 value minus the value at level 0; null when level 0 was not measured
     */
    public record Point(double level, String perturbation, double value, Double ci95Low, Double ci95High, long rows,
                        Double changeFromLevel0) {
    }

    public boolean reportsAccuracy() {
        return "accuracy".equals(metric);
    }

    /** The curves as a line chart: accuracy in percent (or MSE) against the level, intervals as whiskers. */
    public LineChartModel chart() {
        List<LineChartModel.Line> lines = new ArrayList<>();
        for (Curve curve : curves) {
            lines.add(new LineChartModel.Line(curve.configuration(), curve.colour(), curve.points().stream()
                    .map(p -> RobustnessChart.point(kind, p.level(), p.value(), p.ci95Low(), p.ci95High(),
                            reportsAccuracy())).toList()));
        }
        return RobustnessChart.of(kind, reportsAccuracy(), dataset, lines);
    }

    /** The chart before anything was measured. */
    public static LineChartModel emptyChart(Perturbation.Kind kind) {
        return RobustnessChart.of(kind, true, null, List.of());
    }
}
