package org.inferscope.scale;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.report.ResultJson;

/**
 * A sweep across the cluster: one configuration per Spark task, each a full engine evaluation on a
 * dataset that fits one machine, shipped to the executors with the model. Every configuration is its own
 * Spark job submitted at once, so they run side by side; the driver saves each result the moment its job
 * finishes, so an interrupted sweep keeps every point done so far.
 */
public final class ClusterSweep {
    private final SparkSession spark;

    public ClusterSweep(SparkSession spark) {
        this.spark = spark;
    }

    /**
     * Runs every spec (all on the same model and data file) and writes point-NN.json into {@code outDir}
     * as each completes; {@code saved} hears of each file written. Returns the results in spec order.
     */
    public List<RunResult> run(List<RunSpec> specs, Path outDir, Consumer<Path> saved) {
        if (specs.isEmpty()) {
            throw new BadInputException("The sweep has no configurations: give at least one precision or sparsity.");
        }
        Path model = specs.get(0).model();
        Path data = specs.get(0).data();
        requireFile(model, "model");
        requireFile(data, "dataset");
        createFolder(outDir);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.addFile(model.toAbsolutePath().toString());
        jsc.addFile(data.toAbsolutePath().toString());
        SweepPoint point = new SweepPoint(String.valueOf(model.getFileName()), String.valueOf(data.getFileName()),
                spark.sparkContext().master());
        ExecutorService submitters = Executors.newFixedThreadPool(specs.size());
        try {
            ExecutorCompletionService<Integer> done = new ExecutorCompletionService<>(submitters);
            List<String> json = new ArrayList<>(java.util.Collections.nCopies(specs.size(), (String) null));
            for (int i = 0; i < specs.size(); i++) {
                int index = i;
                String spec = SavedSpecs.toJson(specs.get(i));
                done.submit(() -> {
                    jsc.setJobDescription("InferScope sweep point " + (index + 1));
                    json.set(index, jsc.parallelize(List.of(spec), 1).map(point).collect().get(0));
                    return index;
                });
            }
            ResultJson results = new ResultJson(true);
            List<RunResult> all = new ArrayList<>(java.util.Collections.nCopies(specs.size(), (RunResult) null));
            for (int i = 0; i < specs.size(); i++) {
                int index = take(done);
                RunResult result = results.fromJson(json.get(index), "sweep point " + (index + 1));
                Path file = outDir.resolve(String.format(Locale.ROOT, "point-%02d.json", index + 1));
                results.write(result, file);
                saved.accept(file);
                all.set(index, result);
            }
            return all;
        } finally {
            submitters.shutdownNow();
        }
    }

    private static int take(ExecutorCompletionService<Integer> done) {
        try {
            return done.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the sweep was interrupted; the points saved so far are kept", e);
        } catch (ExecutionException e) {
            throw SparkErrors.translated(e.getCause(), "the sweep's dataset");
        }
    }

    private static void requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("The " + what + " file " + file + " does not exist or is not a file: a sweep"
                    + " ships one local file to every executor, so give its path.");
        }
    }

    private static void createFolder(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new BadInputException("Could not create the sweep's output folder " + dir + ": " + e.getMessage()
                    + ".", e);
        }
    }
}
