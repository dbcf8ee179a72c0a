package org.inferscope.engine.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.bench.CancellationToken;
import org.inferscope.engine.bench.RunListener;
import org.inferscope.engine.stats.Bootstrap;
import org.inferscope.engine.stats.ConfidenceInterval;
import org.inferscope.engine.sweep.SampledEvaluation;
import org.inferscope.engine.sweep.SampledRun;

/** Accuracy at each level of a perturbation, with bootstrap intervals: nothing is timed. */
public final class RobustnessCurve {
    private final SampledEvaluation evaluation;

    public RobustnessCurve(SampledEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    /** One level of the curve. */
    public record Point(Perturbation perturbation, ConfidenceInterval accuracy) {
    }

    /** The curve for {@code kind} at each level (0 gives the unperturbed accuracy). */
    public List<Point> measure(RunSpec base, Dataset data, Perturbation.Kind kind, List<Double> levels,
                               RunListener listener, CancellationToken cancel) {
        RunSpec spec = new RunSpec(base.model(), base.data(), base.dataOptions(), base.device(), base.scaling(),
                Set.of(), List.of(), Math.min(base.warmup(), 3), 1, base.threads(), base.seed(), base.classOrder(),
                base.transform());
        Bootstrap bootstrap = new Bootstrap(base.seed());
        List<Point> points = new ArrayList<>();
        for (double level : levels) {
            Perturbation p = new Perturbation(kind, level);
            SampledRun run = evaluation.run(spec, p.apply(data, base.seed()), listener, cancel);
            boolean[] correct = run.correctness();
            if (correct == null) {
                throw new BadInputException("Robustness curves show accuracy: they need a classification dataset.");
            }
            points.add(new Point(p, bootstrap.accuracy(correct)));
        }
        return points;
    }
}
