package org.inferscope.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.bench.CancellationToken;
import org.inferscope.engine.report.AtomicFiles;
import org.inferscope.engine.sweep.AccuracyTuner;
import org.inferscope.engine.sweep.TuningObjective;
import org.inferscope.engine.sweep.TuningResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inferscope tune}: the fastest configuration within X points of FP32, under a time budget. */
@Command(name = "tune", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Find the fastest configuration (INT8, FP16, pruning) whose accuracy is within --within points of"
                + " the FP32 original, trying candidates until --budget is spent. Prints the winner, or why there is"
                + " none, and the accuracy-throughput-size frontier of everything measured.")
final class TuneCommand implements Callable<Integer> {

    @Option(names = "--model", paramLabel = "FILE", required = true, description = "The model file.")
    Path model;

    @Option(names = "--data", paramLabel = "FILE", required = true, description = "A classification dataset.")
    Path data;

    @Mixin
    DataOptionsMixin dataOptions;

    @Option(names = "--within", paramLabel = "POINTS", defaultValue = "1",
            description = "Allowed accuracy loss in percentage points of FP32's accuracy (default: ${DEFAULT-VALUE}).")
    double within;

    @Option(names = "--budget", paramLabel = "TIME", defaultValue = "5m", converter = DurationConverter.class,
            description = "Time budget, e.g. 90s, 5m (default: ${DEFAULT-VALUE}); FP32 is always measured.")
    Duration budget;

    @Option(names = "--objective", paramLabel = "WHAT", defaultValue = "THROUGHPUT",
            description = "${COMPLETION-CANDIDATES}: rows/s at --batch, or single-row median latency (default: ${DEFAULT-VALUE}).")
    TuningObjective objective;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "256", description = "Batch size (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--device", paramLabel = "BACKEND:DEVICE", description = "Where to run (default: the first available CPU).")
    String device;

    @Mixin
    MeasureOptionsMixin measure;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Also save the result as JSON.")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    private final CliContext context;

    TuneCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RunSpec base = measure.spec(model, data, dataOptions.toOptions(), device, List.of(batch), TransformSpec.none());
        Dataset dataset = context.datasets().load(data, base.dataOptions());
        AccuracyTuner.Settings settings = new AccuracyTuner.Settings(objective, batch, within, budget,
                AccuracyTuner.defaultCandidates(device, batch), measure.seed);
        TuningResult result = new AccuracyTuner(measure.evaluation(context.registry()))
                .tune(base, dataset, settings, new SweepProgress(context.err(), quiet), new CancellationToken());
        String text = context.json().toJson(result);
        if (out != null) {
            byte[] bytes = (text + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            AtomicFiles.write(out, o -> o.write(bytes));
        }
        if (json) {
            context.out().println(text);
        } else {
            new TuningPrinter(context.out()).print(result);
        }
        return InferScopeCli.OK;
    }
}
