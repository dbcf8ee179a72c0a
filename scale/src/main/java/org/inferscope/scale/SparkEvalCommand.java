package org.inferscope.scale;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.inferscope.engine.api.CalibrationMethod;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.MissingValuePolicy;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.PruningScope;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.Scaling;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.report.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code inferscope spark-eval}: one evaluation of a model on a dataset that Spark reads. */
@Command(name = "spark-eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Evaluate a model on a dataset read by Apache Spark (CSV or Parquet, local or any Hadoop URI):"
                + " accuracy or error over every row, merged exactly from every partition, and per-call latency.")
final class SparkEvalCommand implements Callable<Integer> {

    @Option(names = "--model", paramLabel = "FILE", description = "The model file (.onnx); required unless --spec.")
    Path model;

    @Option(names = "--data", paramLabel = "PATH|URI", required = true,
            description = "A CSV/TSV file or folder (gzip too), or Parquet; a local path or hdfs://, s3a://, file://...")
    String data;

    @Option(names = "--spec", paramLabel = "FILE",
            description = "A saved run specification (JSON, as --save-spec writes it): model, transform, scaling, "
                    + "class order, target; --data gives the data. Other options are then ignored.")
    Path specFile;

    @Option(names = "--save-spec", paramLabel = "FILE", description = "Write the run specification used to FILE.")
    Path saveSpec;

    @Option(names = "--target", paramLabel = "COL", description = "Target column by name or 0-based index (default: the last).")
    String target;

    @Option(names = "--task", paramLabel = "TASK", description = "Force the task: ${COMPLETION-CANDIDATES}.")
    Task task;

    @Option(names = "--precision", paramLabel = "P", defaultValue = "fp32",
            description = "fp32, fp16, int8-dynamic, int8-static (calibrated on the first rows), int8-weights.")
    String precision;

    @Option(names = "--per-channel", description = "INT8: one scale per output channel.")
    boolean perChannel;

    @Option(names = "--calibration", paramLabel = "METHOD", defaultValue = "MIN_MAX",
            description = "INT8 static: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    CalibrationMethod calibration;

    @Option(names = "--calibration-rows", paramLabel = "N", defaultValue = "300",
            description = "INT8 static: the first N rows calibrate (default: ${DEFAULT-VALUE}).")
    int calibrationRows;

    @Option(names = "--sparsity", paramLabel = "S", defaultValue = "0", description = "Prune this fraction (0 to 0.95).")
    double sparsity;

    @Option(names = "--structured", description = "Remove whole hidden units instead of single weights.")
    boolean structured;

    @Option(names = "--divide", paramLabel = "X", defaultValue = "1", description = "Scaling: x' = (x / X - mean) / std.")
    double divide;

    @Option(names = "--mean", paramLabel = "M", defaultValue = "0", description = "Scaling mean.")
    double mean;

    @Option(names = "--std", paramLabel = "S", defaultValue = "1", description = "Scaling std.")
    double std;

    @Option(names = "--class-order", paramLabel = "NAME", split = ",",
            description = "Class names in the order of the model's score columns.")
    List<String> classOrder;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Intra-op threads per task (default: ${DEFAULT-VALUE}; Spark runs one task per core).")
    int threads;

    @Option(names = "--batch-rows", paramLabel = "N", defaultValue = "256",
            description = "Rows per model call (default: ${DEFAULT-VALUE}; 1 records single-row latency).")
    int batchRows;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Repartition the data into N partitions first (a shuffle; default: as Spark reads it).")
    int partitions;

    @Mixin
    SparkOptions sparkOptions;

    @Option(names = "--json", description = "Print the result as one JSON object on stdout.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the result JSON (the engine's RunResult) to FILE.")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() {
        RunSpec run = specFile != null ? SavedSpecs.read(specFile) : runSpec();
        if (saveSpec != null) {
            SavedSpecs.write(run, saveSpec);
        }
        ClusterRunSpec spec = new ClusterRunSpec(run, data, sparkOptions.dataFormat(), !sparkOptions.noHeader,
                batchRows, partitions);
        boolean owned = !SparkSessions.running();
        SparkSession spark = SparkSessions.start(sparkOptions.master, sparkOptions.conf);
        try {
            RunResult result = new ClusterEvaluation(spark, ProviderRegistry.discover(getClass().getClassLoader()))
                    .run(spec);
            ResultJson writer = new ResultJson(true);
            if (out != null) {
                writer.write(result, out);
            }
            var stdout = command.commandLine().getOut();
            if (json) {
                stdout.println(writer.toJson(result));
            } else {
                stdout.println(ResultLines.summary(result));
            }
            return ScaleLauncher.OK;
        } finally {
            if (owned) {
                spark.stop();
            }
        }
    }

    private RunSpec runSpec() {
        if (model == null) {
            throw new org.inferscope.engine.api.BadInputException("Give the model with --model FILE, or a saved"
                    + " run specification with --spec FILE.");
        }
        TransformSpec transform = new TransformSpec(Precision.fromCliName(precision), perChannel, calibration, 99.99,
                calibrationRows, sparsity, structured, PruningScope.PER_LAYER);
        DatasetOptions options = new DatasetOptions(target, task, MissingValuePolicy.REJECT, 0, null);
        return new RunSpec(model, Path.of(ClusterEvaluation.displayName(data)), options, null,
                new Scaling(divide, mean, std), Set.of(), List.of(), 0, 1, threads, 42L,
                classOrder == null ? List.of() : new ArrayList<>(classOrder), transform);
    }
}
