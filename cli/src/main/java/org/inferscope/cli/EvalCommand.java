package org.inferscope.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetFormat;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.RunMode;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.Scaling;
import org.inferscope.engine.bench.CancellationToken;
import org.inferscope.engine.bench.Evaluation;
import org.inferscope.engine.report.ResultCsv;
import org.inferscope.engine.spi.LoadedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inferscope eval}: one evaluation run of a model on a dataset. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Evaluate a model on a dataset: accuracy or error over every row, single-row latency "
                + "distribution, and throughput at each batch size.")
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--model", paramLabel = "FILE", required = true, description = "The model file (.onnx, .tribuo).")
    Path model;

    @Option(names = "--data", paramLabel = "FILE", required = true,
            description = "The dataset: CSV/TSV (.gz too), ARFF, LibSVM, or an IDX images file (labels beside it).")
    Path data;

    @Mixin
    DataOptionsMixin dataOptions;

    @Mixin
    TransformOptionsMixin transform;

    @Option(names = "--device", paramLabel = "BACKEND:DEVICE",
            description = "Where to run, as 'inferscope devices' lists it (default: the first available CPU).")
    String device;

    @Option(names = "--batch", paramLabel = "N", split = ",", defaultValue = "1,32,256",
            description = "Batch sizes for throughput (default: ${DEFAULT-VALUE}).")
    List<Integer> batchSizes;

    @Option(names = "--mode", paramLabel = "MODE", split = ",", defaultValue = "ONLINE,BATCH",
            description = "Measurements to take: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    List<RunMode> modes;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "100",
            description = "Untimed calls before each measurement (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "1000",
            description = "Timed single-row calls; also sets the throughput rounds (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--divide", paramLabel = "X", defaultValue = "1",
            description = "Scaling: x' = (x / X - mean) / std (default: ${DEFAULT-VALUE}).")
    double divide;

    @Option(names = "--mean", paramLabel = "M", defaultValue = "0", description = "Scaling mean (default: ${DEFAULT-VALUE}).")
    double mean;

    @Option(names = "--std", paramLabel = "S", defaultValue = "1", description = "Scaling std (default: ${DEFAULT-VALUE}).")
    double std;

    @Option(names = "--class-order", paramLabel = "NAME", split = ",",
            description = "Class names in the order of the model's score columns (default: from the model, "
                    + "else the dataset's sorted classes).")
    List<String> classOrder;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Intra-op threads (default: the backend's choice).")
    int threads;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print one JSON object on stdout instead of tables.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Also write the result to FILE: CSV when it ends in .csv, else JSON.")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    private final CliContext context;

    EvalCommand(CliContext context) {
        this.context = context;
    }

    /** A LibSVM file without --width is densified to the model's input width, so trailing zeros are kept. */
    private DatasetOptions withModelWidth(DatasetOptions options) {
        if (options.width() > 0 || context.datasets().detectFormat(data, options) != DatasetFormat.LIBSVM) {
            return options;
        }
        try (LoadedModel loaded = context.registry().providerFor(model).load(model)) {
            long width = loaded.info().inputs().isEmpty() ? -1 : loaded.info().inputs().get(0).elementsPerRow();
            return width > 0 ? options.withWidth(Math.toIntExact(width)) : options;
        }
    }

    @Override
    public Integer call() {
        ProgressPrinter progress = new ProgressPrinter(context.err(), quiet);
        progress.loading(data);
        RunSpec spec = new RunSpec(model, data, withModelWidth(dataOptions.toOptions()), device, new Scaling(divide, mean, std),
                Set.copyOf(EnumSet.copyOf(modes)), batchSizes, warmup, iterations, threads, seed,
                classOrder == null ? List.of() : new ArrayList<>(classOrder), transform.toSpec());
        Dataset dataset = context.datasets().load(data, spec.dataOptions());
        RunResult result = new Evaluation(context.registry()).run(spec, dataset, progress, new CancellationToken());
        if (out != null) {
            if (out.getFileName().toString().toLowerCase().endsWith(".csv")) {
                new ResultCsv().write(List.of(result), out);
            } else {
                context.json().write(result, out);
            }
        }
        if (json) {
            context.out().println(context.json().toJson(result));
        } else {
            new ResultPrinter(context.out()).print(result);
        }
        return InferScopeCli.OK;
    }
}
