package org.inferscope.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.inferscope.engine.api.CalibrationMethod;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.PruningScope;
import org.inferscope.engine.api.RunMode;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.Scaling;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.bench.CancellationToken;
import org.inferscope.engine.bench.Evaluation;
import org.inferscope.engine.bench.RunListener;
import org.inferscope.engine.data.DatasetLoader;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.spi.ModelTransformer;

/**
 * One Deeplearning4j network on ND4J and on ONNX Runtime, original and structurally pruned, in one JVM.
 * The ND4J provider's transformer makes the pruned zip and converts both networks to ONNX, so the two
 * backends run exactly the same weights. Each round runs the four configurations in turn; ratios are
 * taken within the round, and medians (min–max) over rounds printed.
 * Usage: {@code Nd4jBenchmark MODEL.dl4j.zip DATA [ROUNDS] [SPARSITY]}; reproduce with {@code benchmarks/run-nd4j}.
 */
public final class Nd4jBenchmark {

    private Nd4jBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // decision 0004: ONNX Runtime next to the DL4J jars needs a large stack
        Thread worker = new Thread(null, () -> {
            try {
                run(args);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "benchmark", 16L << 20);
        worker.start();
        worker.join();
    }

    private static void run(String[] args) throws Exception {
        Path zip = Path.of(args[0]);
        Path data = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        double sparsity = args.length > 3 ? Double.parseDouble(args[3]) : 0.5;
        ProviderRegistry registry = ProviderRegistry.discover(Nd4jBenchmark.class.getClassLoader());
        Map<String, Path> files = variants(registry, zip, sparsity);
        Dataset dataset = new DatasetLoader().load(data, DatasetOptions.defaults());
        Evaluation evaluation = new Evaluation(registry);
        Map<String, List<RunResult>> runs = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (var f : files.entrySet()) {
                String device = f.getKey().startsWith("ND4J") ? "nd4j:cpu" : "onnxruntime:cpu";
                RunSpec spec = new RunSpec(f.getValue(), data, DatasetOptions.defaults(), device, Scaling.NONE,
                        Set.of(RunMode.ONLINE, RunMode.BATCH), List.of(256), 50, 2000, 0, 42L, List.of());
                runs.computeIfAbsent(f.getKey(), k -> new ArrayList<>())
                        .add(evaluation.run(spec, dataset, RunListener.NONE, new CancellationToken()));
            }
            System.out.printf(Locale.ROOT, "round %d of %d done%n", round + 1, rounds);
        }
        print(zip, dataset, rounds, sparsity, runs, files);
    }

    /** The original zip, its pruned zip, and both as ONNX, made by the ND4J provider's transformer. */
    private static Map<String, Path> variants(ProviderRegistry registry, Path zip, double sparsity) throws Exception {
        ModelTransformer transformer = registry.providerFor(zip).transformer().orElseThrow();
        Path dir = Files.createTempDirectory("inferscope-nd4j-bench");
        Path pruned = dir.resolve("pruned.dl4j.zip");
        transformer.transform(zip, new TransformSpec(Precision.FP32, false, CalibrationMethod.MIN_MAX, 99.99, 300,
                sparsity, true, PruningScope.PER_LAYER), null, pruned);
        Path onnx = dir.resolve("original.onnx");
        Path prunedOnnx = dir.resolve("pruned.onnx");
        transformer.transform(zip, TransformSpec.none(), null, onnx);
        transformer.transform(pruned, TransformSpec.none(), null, prunedOnnx);
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("ND4J FP32", zip);
        files.put("ND4J structured", pruned);
        files.put("ORT FP32", onnx);
        files.put("ORT structured", prunedOnnx);
        return files;
    }

    private static void print(Path zip, Dataset data, int rounds, double sparsity, Map<String, List<RunResult>> runs,
                              Map<String, Path> files) throws Exception {
        System.out.printf(Locale.ROOT, "%n%s on %s (%d rows), structured %.0f%%, %d rounds, %d logical CPUs%n",
                zip.getFileName(), data.name(), data.rows(), 100 * sparsity, rounds,
                Runtime.getRuntime().availableProcessors());
        System.out.println("| configuration | batch-256 rows/s (median) | single-row p50 µs (median) | accuracy | file |");
        System.out.println("|---|---|---|---|---|");
        for (var e : runs.entrySet()) {
            RunResult last = e.getValue().get(e.getValue().size() - 1);
            System.out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f | %.2f%% | %,d B |%n", e.getKey(),
                    median(e.getValue().stream().mapToDouble(Nd4jBenchmark::rowsPerSecond).toArray()),
                    median(e.getValue().stream().mapToDouble(r -> r.latency().p50Micros()).toArray()),
                    100 * last.quality().accuracy(), Files.size(files.get(e.getKey())));
        }
        System.out.println();
        System.out.println("| ratio, within each round | batch-256 throughput | single-row p50 speed-up |");
        System.out.println("|---|---|---|");
        ratio(runs, "ND4J structured", "ND4J FP32", "ND4J: structured vs FP32");
        ratio(runs, "ORT structured", "ORT FP32", "ORT: structured vs FP32");
        ratio(runs, "ND4J FP32", "ORT FP32", "FP32: ND4J vs ORT");
        ratio(runs, "ND4J structured", "ORT structured", "structured: ND4J vs ORT");
    }

    private static void ratio(Map<String, List<RunResult>> runs, String a, String b, String label) {
        List<RunResult> ra = runs.get(a);
        List<RunResult> rb = runs.get(b);
        double[] throughput = new double[ra.size()];
        double[] latency = new double[ra.size()];
        for (int i = 0; i < ra.size(); i++) {
            throughput[i] = rowsPerSecond(ra.get(i)) / rowsPerSecond(rb.get(i));
            latency[i] = rb.get(i).latency().p50Micros() / ra.get(i).latency().p50Micros();
        }
        System.out.printf(Locale.ROOT, "| %s | %s | %s |%n", label, medianRange(throughput), medianRange(latency));
    }

    private static double rowsPerSecond(RunResult r) {
        return r.throughput().get(0).rowsPerSecond();
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v[v.length / 2];
    }

    private static String medianRange(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return String.format(Locale.ROOT, "**%.2fx** (%.2f–%.2f)", v[v.length / 2], v[0], v[v.length - 1]);
    }
}
