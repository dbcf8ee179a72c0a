package org.inferscope.app.viewmodel.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.robustness.Perturbation;
import org.inferscope.engine.robustness.RobustnessCurve;
import org.inferscope.engine.sweep.SampledEvaluation;
import org.inferscope.engine.sweep.SampledRun;
import org.inferscope.engine.stats.ConfidenceInterval;

/**
 * Measures robustness curves on the engine thread, one level at a time so that progress moves per level
 * and cancel stops between model calls. Classification goes through the engine's {@link RobustnessCurve}
 * (accuracy with a bootstrap interval); regression reads the MSE of the same perturbed runs, without an
 * interval, as the engine keeps no per-row errors.
 */
final class CurveMeasurement {
    private final SampledEvaluation evaluation;
    private final RobustnessCurve curve;

    CurveMeasurement(SampledEvaluation evaluation) {
        this.evaluation = evaluation;
        this.curve = new RobustnessCurve(evaluation);
    }

    /**
     * Every configuration at every level. A configuration that cannot run (a model that no longer exists)
     * is skipped with its sentence; when none can, the first sentence is thrown.
     */
    RobustnessCurves measure(List<CurveConfiguration> configurations, Dataset data, Perturbation.Kind kind,
                             List<Double> levels, StudyTask.Progress progress) {
        boolean regression = data.target().task() == Task.REGRESSION;
        List<RobustnessCurves.Curve> curves = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        BadInputException first = null;
        int total = configurations.size() * levels.size();
        for (int c = 0; c < configurations.size(); c++) {
            CurveConfiguration configuration = configurations.get(c);
            try {
                List<RobustnessCurves.Point> points = points(configuration, data, kind, levels, regression, progress,
                        c * levels.size(), total);
                curves.add(new RobustnessCurves.Curve(configuration.label(), configuration.colour(), withChanges(points)));
            } catch (BadInputException e) {
                first = first == null ? e : first;
                skipped.add(configuration.label() + ": " + e.getMessage());
            }
        }
        if (curves.isEmpty() && first != null) {
            throw first;
        }
        long seed = configurations.isEmpty() ? 0 : configurations.get(0).spec().seed();
        return new RobustnessCurves(kind, regression ? "MSE" : "accuracy", data.name(), seed, curves, skipped);
    }

    private List<RobustnessCurves.Point> points(CurveConfiguration configuration, Dataset data, Perturbation.Kind kind,
                                                List<Double> levels, boolean regression, StudyTask.Progress progress,
                                                int done, int total) {
        List<RobustnessCurves.Point> points = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            Perturbation perturbation = new Perturbation(kind, levels.get(i));
            progress.update((double) (done + i) / total, configuration.label() + ": " + perturbation.label() + " ("
                    + (done + i + 1) + " of " + total + ")…");
            points.add(regression ? mse(configuration.spec(), data, perturbation, progress)
                    : accuracy(configuration.spec(), data, perturbation, progress));
        }
        return points;
    }

    private RobustnessCurves.Point accuracy(RunSpec spec, Dataset data, Perturbation p, StudyTask.Progress progress) {
        RobustnessCurve.Point point = curve.measure(spec, data, p.kind(), List.of(p.level()), null,
                progress.cancellation()).get(0);
        ConfidenceInterval ci = point.accuracy();
        return new RobustnessCurves.Point(p.level(), p.label(), ci.estimate(), ci.lower(), ci.upper(), ci.samples(), null);
    }

    /** As {@link RobustnessCurve} runs a level (no timing, a short warm-up), reading the MSE instead. */
    private RobustnessCurves.Point mse(RunSpec base, Dataset data, Perturbation p, StudyTask.Progress progress) {
        RunSpec spec = new RunSpec(base.model(), base.data(), base.dataOptions(), base.device(), base.scaling(),
                Set.of(), List.of(), Math.min(base.warmup(), 3), 1, base.threads(), base.seed(), base.classOrder(),
                base.transform());
        SampledRun run = evaluation.run(spec, p.apply(data, base.seed()), null, progress.cancellation());
        Double mse = run.result().quality().mse();
        if (mse == null) {
            throw new BadInputException("The run on the perturbed data gave no MSE: check the dataset's target column.");
        }
        return new RobustnessCurves.Point(p.level(), p.label(), mse, null, null, data.rows(), null);
    }

    /** The points with their change from level 0, when level 0 is among them. */
    private static List<RobustnessCurves.Point> withChanges(List<RobustnessCurves.Point> points) {
        Double base = points.stream().filter(p -> p.level() == 0).map(RobustnessCurves.Point::value).findFirst()
                .orElse(null);
        return points.stream().map(p -> new RobustnessCurves.Point(p.level(), p.perturbation(), p.value(), p.ci95Low(),
                p.ci95High(), p.rows(), base == null ? null : p.value() - base)).toList();
    }
}
