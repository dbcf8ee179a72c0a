package org.inferscope.benchmarks;

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

/**
 * Variants against FP32 on one or more models, in one JVM: each round runs every configuration of
 * every model once, in turn (so all models see the same stretch of machine load), and ratios are
 * taken against FP32 within the round; medians over rounds are printed, one table per model.
 * Usage: {@code VariantBenchmark ROUNDS MODEL DATA [MODEL DATA...]}; reproduce with
 * {@code benchmarks/run-variants}.
 */
public final class VariantBenchmark {

    private VariantBenchmark() {
    }

    private static TransformSpec spec(Precision p, double sparsity, boolean structured) {
        return new TransformSpec(p, false, CalibrationMethod.MIN_MAX, 99.99, 300, sparsity, structured,
                PruningScope.PER_LAYER);
    }

    static Map<String, TransformSpec> configurations() {
        Map<String, TransformSpec> c = new LinkedHashMap<>();
        c.put("FP32", TransformSpec.none());
        c.put("INT8 dynamic", spec(Precision.INT8_DYNAMIC, 0, false));
        c.put("INT8 dynamic per-channel", new TransformSpec(Precision.INT8_DYNAMIC, true, CalibrationMethod.MIN_MAX,
                99.99, 300, 0, false, PruningScope.PER_LAYER));
        c.put("INT8 static", spec(Precision.INT8_STATIC, 0, false));
        c.put("FP16 weights", spec(Precision.FP16, 0, false));
        c.put("structured 50%", spec(Precision.FP32, 0.5, true));
        c.put("magnitude 50%", spec(Precision.FP32, 0.5, false));
        return c;
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        List<Subject> subjects = new ArrayList<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            subjects.add(subject(args[i], args[i + 1]));
        }
        ProviderRegistry registry = ProviderRegistry.discover(VariantBenchmark.class.getClassLoader());
        Evaluation evaluation = new Evaluation(registry);
        for (int round = 0; round < rounds; round++) {
            for (Subject s : subjects) {
                s.measureRound(evaluation);
            }
            System.out.printf(Locale.ROOT, "round %d of %d done%n", round + 1, rounds);
        }
        subjects.forEach(s -> print(s.model, s.dataset, rounds, s.ratios, s.last));
    }

    /** "--random-mlp" (any DATA) stands for seeded random weights and rows, 784-1024-512-10: speed only. */
    private static Subject subject(String modelArg, String dataArg) throws Exception {
        Path model = Path.of(modelArg);
        Path data = Path.of(dataArg);
        if (modelArg.equals("--random-mlp")) {
            Path dir = java.nio.file.Files.createTempDirectory("inferscope-variants");
            model = dir.resolve("mlp-784-1024-512-10.onnx");
            data = dir.resolve("random-784.csv");
            MlpModel.write(model, 7, 784, 1024, 512, 10);
            OrtOverheadBenchmark.writeData(data, 1024, 784, 11);
        }
        return new Subject(model, new DatasetLoader().load(data, DatasetOptions.defaults()), data);
    }

    /** One model and its data, with the ratios of every round so far. */
    private static final class Subject {
        final Path model;
        final Dataset dataset;
        final Path data;
        final Map<String, List<double[]>> ratios = new LinkedHashMap<>();
        Map<String, RunResult> last = new LinkedHashMap<>();

        Subject(Path model, Dataset dataset, Path data) {
            this.model = model;
            this.dataset = dataset;
            this.data = data;
        }

        /** Every configuration once, in turn; ratios against this round's FP32. */
        void measureRound(Evaluation evaluation) {
            RunSpec base = new RunSpec(model, data, DatasetOptions.defaults(), "onnxruntime:cpu", Scaling.NONE,
                    Set.of(RunMode.ONLINE, RunMode.BATCH), List.of(256), 50, 2000, 0, 42L, List.of());
            Map<String, RunResult> results = new LinkedHashMap<>();
            for (var c : configurations().entrySet()) {
                results.put(c.getKey(), evaluation.run(base.withTransform(c.getValue()), dataset, RunListener.NONE,
                        new CancellationToken()));
            }
            RunResult fp32 = results.get("FP32");
            for (var r : results.entrySet()) {
                ratios.computeIfAbsent(r.getKey(), k -> new ArrayList<>()).add(new double[] {
                    rowsPerSecond(r.getValue()) / rowsPerSecond(fp32),
                    fp32.latency().p50Micros() / r.getValue().latency().p50Micros()});
            }
            last = results;
        }
    }

    private static double rowsPerSecond(RunResult r) {
        return r.throughput().get(0).rowsPerSecond();
    }

    private static void print(Path model, Dataset data, int rounds, Map<String, List<double[]>> ratios,
                              Map<String, RunResult> last) {
        System.out.printf(Locale.ROOT, "%n%s on %s (%d rows), %d rounds, %d logical CPUs%n", model.getFileName(),
                data.name(), data.rows(), rounds, Runtime.getRuntime().availableProcessors());
        System.out.println("| configuration | batch-256 throughput vs FP32 | single-row p50 speed-up vs FP32 |"
                + " accuracy | top-1 agreement | file size |");
        System.out.println("|---|---|---|---|---|---|");
        for (var e : ratios.entrySet()) {
            RunResult r = last.get(e.getKey());
            String agreement = r.fidelity() == null ? "—" : String.format(Locale.ROOT, "%.2f%%",
                    100 * r.fidelity().top1Agreement());
            long size = r.transform() == null ? r.model().sizeBytes() : r.transform().variantBytes();
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %.2f%% | %s | %,d B |%n", e.getKey(),
                    medianRange(e.getValue(), 0), medianRange(e.getValue(), 1), 100 * r.quality().accuracy(),
                    agreement, size);
        }
    }

    private static String medianRange(List<double[]> rows, int column) {
        double[] v = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return String.format(Locale.ROOT, "**%.2fx** (%.2f–%.2f)", v[v.length / 2], v[0], v[v.length - 1]);
    }
}
