package org.inferscope.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.inferscope.engine.api.CalibrationMethod;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.PruningScope;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.bench.CancellationToken;
import org.inferscope.engine.sweep.Sweep;
import org.inferscope.engine.sweep.SweepPlan;
import org.inferscope.engine.sweep.SweepPoint;
import org.inferscope.engine.sweep.SweepReport;
import org.inferscope.engine.sweep.SweepStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inferscope sweep}: a grid of configurations as one job, saved point by point, resumable. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure every combination of device x precision x sparsity x batch size. Each point is saved"
                + " to OUT/points/ the moment it finishes; after a crash, kill or Ctrl-C, --resume runs only what is"
                + " missing. Writes OUT/report.json, OUT/report.txt and OUT/report.html (chart).")
final class SweepCommand implements Callable<Integer> {

    @Option(names = "--model", paramLabel = "FILE", required = true, description = "The model file.")
    Path model;

    @Option(names = "--data", paramLabel = "FILE", required = true, description = "The dataset.")
    Path data;

    @Mixin
    DataOptionsMixin dataOptions;

    @Option(names = "--device", paramLabel = "BACKEND:DEVICE", split = ",",
            description = "Devices to sweep (default: the first available CPU).")
    List<String> devices;

    @Option(names = "--precision", paramLabel = "P", split = ",", defaultValue = "fp32,int8-dynamic,int8-static",
            description = "Precisions (default: ${DEFAULT-VALUE}).")
    List<String> precisions;

    @Option(names = "--sparsity", paramLabel = "S", split = ",", defaultValue = "0,0.5",
            description = "Sparsities, 0 for none (default: ${DEFAULT-VALUE}).")
    List<Double> sparsities;

    @Option(names = "--structured", description = "Prune whole hidden units (faster) instead of single weights.")
    boolean structured;

    @Option(names = "--batch", paramLabel = "N", split = ",", defaultValue = "1,64,256",
            description = "Batch sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> batchSizes;

    @Option(names = "--per-channel", description = "INT8: one scale per output channel.")
    boolean perChannel;

    @Option(names = "--calibration-rows", paramLabel = "N", defaultValue = "300", description = "INT8 static: calibration rows.")
    int calibrationRows;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the points and the report.")
    Path out;

    @Option(names = "--resume", description = "Continue the sweep saved in --out: run only the points not saved yet.")
    boolean resume;

    @Mixin
    MeasureOptionsMixin measure;

    @Option(names = "--json", description = "Print the report as JSON instead of a table.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    private final CliContext context;

    SweepCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        SweepPlan plan = plan();
        SweepStore store = SweepStore.open(out, plan, resume);
        Dataset dataset = context.datasets().load(data, plan.base().dataOptions());
        List<SweepPoint> points = new Sweep(measure.evaluation(context.registry()))
                .run(plan, dataset, store, new SweepProgress(context.err(), quiet), new CancellationToken());
        SweepReport report = SweepReport.of(plan, points, measure.seed);
        new SweepReportFiles(context).write(report, out);
        if (json) {
            context.out().println(context.json().toJson(report));
        } else {
            new SweepPrinter(context.out()).print(report);
        }
        return InferScopeCli.OK;
    }

    private SweepPlan plan() {
        List<Precision> ps = new ArrayList<>();
        precisions.forEach(p -> ps.add(Precision.fromCliName(p.strip())));
        TransformSpec base = new TransformSpec(Precision.FP32, perChannel, CalibrationMethod.MIN_MAX, 99.99,
                calibrationRows, 0, false, PruningScope.PER_LAYER);
        RunSpec spec = measure.spec(model, data, dataOptions.toOptions(), null, batchSizes, base);
        return new SweepPlan(SweepPlan.SCHEMA_VERSION, spec, devices == null ? List.of() : devices, ps, sparsities,
                structured, batchSizes, measure.roundMillis);
    }
}
