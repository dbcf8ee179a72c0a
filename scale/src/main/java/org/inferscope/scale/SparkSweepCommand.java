package org.inferscope.scale;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.inferscope.engine.api.CalibrationMethod;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.PruningScope;
import org.inferscope.engine.api.RunMode;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.Scaling;
import org.inferscope.engine.api.TransformSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code inferscope spark-sweep}: every precision x sparsity configuration as its own task on the cluster. */
@Command(name = "spark-sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run one full evaluation per configuration (precision x sparsity) as Spark tasks across the"
                + " cluster, saving each result as it completes. For datasets that fit one machine.")
final class SparkSweepCommand implements Callable<Integer> {

    @Option(names = "--model", paramLabel = "FILE", required = true, description = "The model file (.onnx).")
    Path model;

    @Option(names = "--data", paramLabel = "FILE", required = true, description = "A dataset file the engine reads.")
    Path data;

    @Option(names = "--target", paramLabel = "COL", description = "Target column by name or 0-based index.")
    String target;

    @Option(names = "--precision", paramLabel = "P", split = ",", defaultValue = "fp32",
            description = "Precisions to sweep (default: ${DEFAULT-VALUE}).")
    List<String> precisions;

    @Option(names = "--sparsity", paramLabel = "S", split = ",", defaultValue = "0",
            description = "Sparsities to sweep (default: ${DEFAULT-VALUE}).")
    List<Double> sparsities;

    @Option(names = "--structured", description = "Structured pruning for every sparsity above 0.")
    boolean structured;

    @Option(names = "--mode", paramLabel = "MODE", split = ",", defaultValue = "ONLINE,BATCH",
            description = "Measurements per point: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    List<RunMode> modes;

    @Option(names = "--batch", paramLabel = "N", split = ",", defaultValue = "1,32,256", description = "Batch sizes.")
    List<Integer> batchSizes;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "100", description = "Untimed calls.")
    int warmup;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "1000", description = "Timed calls.")
    int iterations;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Intra-op threads per task.")
    int threads;

    @Option(names = "--out-dir", paramLabel = "DIR", required = true, description = "Where point-NN.json files go.")
    Path outDir;

    @Mixin
    SparkOptions sparkOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() {
        List<RunSpec> specs = new ArrayList<>();
        for (String p : precisions) {
            for (double s : sparsities) {
                TransformSpec t = new TransformSpec(Precision.fromCliName(p), false, CalibrationMethod.MIN_MAX, 99.99,
                        300, s, structured && s > 0, PruningScope.PER_LAYER);
                specs.add(new RunSpec(model, data, DatasetOptions.defaults().withTargetColumn(target), null,
                        Scaling.NONE, Set.copyOf(EnumSet.copyOf(modes)), batchSizes, warmup, iterations, threads, 42L,
                        List.of(), t));
            }
        }
        boolean owned = !SparkSessions.running();
        SparkSession spark = SparkSessions.start(sparkOptions.master, sparkOptions.conf);
        try {
            var out = command.commandLine().getOut();
            new ClusterSweep(spark).run(specs, outDir, file -> out.println("saved " + file));
            return ScaleLauncher.OK;
        } finally {
            if (owned) {
                spark.stop();
            }
        }
    }
}
