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
 * A Tribuo ensemble against itself pruned to its best members, on "Tribuo (JVM)", in one JVM: each
 * round runs every configuration in turn; ratios within the round, medians over rounds. Members are
 * ranked on the evaluated rows themselves (the engine's calibration sample). Usage:
 * {@code EnsemblePruningBenchmark MODEL DATA TARGET [ROUNDS]}; reproduce with
 * {@code benchmarks/run-tribuo-vs-ort --prune}.
 */
public final class EnsemblePruningBenchmark {

    private EnsemblePruningBenchmark() {
    }

    public static void main(String[] args) {
        Path model = Path.of(args[0]);
        Path data = Path.of(args[1]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Dataset dataset = new DatasetLoader().load(data, DatasetOptions.defaults().withTargetColumn(args[2]));
        Evaluation evaluation = new Evaluation(ProviderRegistry.discover(EnsemblePruningBenchmark.class.getClassLoader()));
        Map<String, Double> keep = new LinkedHashMap<>();
        keep.put("all members", 0.0);
        keep.put("best 50%", 0.5);
        keep.put("best 20%", 0.8);
        Map<String, List<double[]>> ratios = new LinkedHashMap<>();
        Map<String, RunResult> last = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            RunResult all = null;
            for (var k : keep.entrySet()) {
                TransformSpec t = k.getValue() == 0 ? TransformSpec.none() : new TransformSpec(Precision.FP32, false,
                        CalibrationMethod.MIN_MAX, 99.99, 10_000, k.getValue(), true, PruningScope.PER_LAYER);
                RunSpec spec = new RunSpec(model, data, DatasetOptions.defaults(), "tribuo:cpu", Scaling.NONE,
                        Set.of(RunMode.ONLINE, RunMode.BATCH), List.of(256), 100, 1000, 0, 42L, List.of(), t);
                RunResult r = evaluation.run(spec, dataset, RunListener.NONE, new CancellationToken());
                all = all == null ? r : all;
                ratios.computeIfAbsent(k.getKey(), x -> new ArrayList<>()).add(new double[] {
                    r.throughput().get(0).rowsPerSecond() / all.throughput().get(0).rowsPerSecond(),
                    all.latency().p50Micros() / r.latency().p50Micros()});
                last.put(k.getKey(), r);
            }
            System.out.printf(Locale.ROOT, "round %d of %d done%n", round + 1, rounds);
        }
        System.out.printf(Locale.ROOT, "%n%s on %s (%d rows), %d rounds%n", model.getFileName(), data.getFileName(),
                dataset.rows(), rounds);
        System.out.println("| members kept | batch-256 throughput vs all | single-row p50 speed-up vs all | accuracy |"
                + " top-1 agreement with all | file size |");
        System.out.println("|---|---|---|---|---|---|");
        for (var e : ratios.entrySet()) {
            RunResult r = last.get(e.getKey());
            String kept = r.transform() == null ? e.getKey() : r.transform().summary().replace("Tribuo ensemble pruned to its ", "");
            String agreement = r.fidelity() == null ? "—" : String.format(Locale.ROOT, "%.2f%%", 100 * r.fidelity().top1Agreement());
            long size = r.transform() == null ? r.model().sizeBytes() : r.transform().variantBytes();
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %.2f%% | %s | %,d B |%n", kept, range(e.getValue(), 0),
                    range(e.getValue(), 1), 100 * r.quality().accuracy(), agreement, size);
        }
    }

    private static String range(List<double[]> rows, int column) {
        double[] v = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return String.format(Locale.ROOT, "**%.2fx** (%.2f–%.2f)", v[v.length / 2], v[0], v[v.length - 1]);
    }
}
