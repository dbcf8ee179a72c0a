package org.inferscope.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.bench.CancellationToken;
import org.inferscope.engine.robustness.Perturbation;
import org.inferscope.engine.robustness.RobustnessCurve;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inferscope robustness}: accuracy as noise and dropout grow. */
@Command(name = "robustness", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Accuracy under Gaussian noise (in units of each feature's standard deviation) and under feature"
                + " dropout (cells set to 0) at increasing levels, each with a 95%% bootstrap interval. Seeded.")
final class RobustnessCommand implements Callable<Integer> {

    @Option(names = "--model", paramLabel = "FILE", required = true, description = "The model file.")
    Path model;

    @Option(names = "--data", paramLabel = "FILE", required = true, description = "A classification dataset.")
    Path data;

    @Mixin
    DataOptionsMixin dataOptions;

    @Mixin
    TransformOptionsMixin transform;

    @Option(names = "--noise", paramLabel = "SD", split = ",", defaultValue = "0,0.1,0.25,0.5,1",
            description = "Noise levels (default: ${DEFAULT-VALUE}).")
    List<Double> noise;

    @Option(names = "--dropout", paramLabel = "P", split = ",", defaultValue = "0,0.1,0.2,0.3,0.5",
            description = "Dropout probabilities (default: ${DEFAULT-VALUE}).")
    List<Double> dropout;

    @Option(names = "--device", paramLabel = "BACKEND:DEVICE", description = "Where to run.")
    String device;

    @Mixin
    MeasureOptionsMixin measure;

    @Option(names = "--json", description = "Print the curves as JSON.")
    boolean json;

    private final CliContext context;

    RobustnessCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RunSpec base = measure.spec(model, data, dataOptions.toOptions(), device, List.of(1), transform.toSpec());
        Dataset dataset = context.datasets().load(data, base.dataOptions());
        RobustnessCurve curve = new RobustnessCurve(measure.evaluation(context.registry()));
        Map<String, List<RobustnessCurve.Point>> curves = new LinkedHashMap<>();
        CancellationToken cancel = new CancellationToken();
        curves.put("gaussianNoise", curve.measure(base, dataset, Perturbation.Kind.GAUSSIAN_NOISE, noise, null, cancel));
        curves.put("featureDropout", curve.measure(base, dataset, Perturbation.Kind.FEATURE_DROPOUT, dropout, null, cancel));
        if (json) {
            context.out().println(context.json().toJson(curves));
            return InferScopeCli.OK;
        }
        TextTable t = new TextTable("  PERTURBATION", "ACCURACY [95% CI]");
        curves.values().forEach(points -> points.forEach(p -> t.row("  " + p.perturbation().label(),
                Intervals.percent(p.accuracy()))));
        t.print(context.out());
        return InferScopeCli.OK;
    }
}
