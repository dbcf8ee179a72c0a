package org.inferscope.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.bench.CancellationToken;
import org.inferscope.engine.report.chart.Palette;
import org.inferscope.engine.robustness.Perturbation;
import org.inferscope.engine.robustness.RobustnessChart;
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

    @Option(names = "--chart", paramLabel = "FILE.svg", description = "Also write the noise curve as SVG to FILE.svg"
            + " and the dropout curve beside it, as FILE-dropout.svg.")
    Path chart;

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
        writeCharts(curves, data.getFileName().toString());
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

    private void writeCharts(Map<String, List<RobustnessCurve.Point>> curves, String dataset) {
        if (chart == null) {
            return;
        }
        String name = model.getFileName().toString();
        ChartOption.writeIfAsked(RobustnessChart.of(Perturbation.Kind.GAUSSIAN_NOISE, true, dataset,
                List.of(RobustnessChart.line(name, Palette.colour(0), curves.get("gaussianNoise")))), chart);
        ChartOption.writeIfAsked(RobustnessChart.of(Perturbation.Kind.FEATURE_DROPOUT, true, dataset,
                List.of(RobustnessChart.line(name, Palette.colour(0), curves.get("featureDropout")))),
                ChartOption.sibling(chart, "-dropout"));
    }
}
