package org.inferscope.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.FeatureMatrix;
import org.inferscope.engine.api.RunMode;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.Scaling;
import org.inferscope.engine.api.Target;
import org.inferscope.engine.bench.CancellationToken;
import org.inferscope.engine.bench.Evaluation;
import org.inferscope.engine.bench.RunListener;
import org.inferscope.engine.data.DatasetLoader;
import org.inferscope.engine.plugins.ProviderRegistry;

/**
 * One Tribuo model as "Tribuo (JVM)" and as its ONNX copy on "ONNX Runtime (CPU)", in one JVM: each
 * round runs both, in turn, with the engine the CLI uses, and the speed ratios are taken within the
 * round; medians over rounds are printed with min and max. The dataset is tiled to {@code TILE}
 * copies so that batches of 256 are whole. Usage: {@code TribuoVsOrtBenchmark MODEL DATA TARGET
 * [ROUNDS] [TILE]}; reproduce with {@code benchmarks/run-tribuo-vs-ort}.
 */
public final class TribuoVsOrtBenchmark {

    private TribuoVsOrtBenchmark() {
    }

    public static void main(String[] args) {
        Path model = Path.of(args[0]);
        Path data = Path.of(args[1]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int tile = args.length > 4 ? Integer.parseInt(args[4]) : 25;
        ProviderRegistry registry = ProviderRegistry.discover(TribuoVsOrtBenchmark.class.getClassLoader());
        Dataset dataset = tiled(new DatasetLoader().load(data, DatasetOptions.defaults().withTargetColumn(args[2])), tile);
        Evaluation evaluation = new Evaluation(registry);
        List<double[]> ratios = new ArrayList<>();
        RunResult lastJvm = null;
        RunResult lastOrt = null;
        for (int round = 0; round < rounds; round++) {
            lastJvm = run(evaluation, model, data, dataset, "tribuo:cpu");
            lastOrt = run(evaluation, model, data, dataset, "onnxruntime:cpu");
            ratios.add(new double[] {
                lastOrt.throughput().get(0).rowsPerSecond() / lastJvm.throughput().get(0).rowsPerSecond(),
                lastOrt.throughput().get(1).rowsPerSecond() / lastJvm.throughput().get(1).rowsPerSecond(),
                lastJvm.latency().p50Micros() / lastOrt.latency().p50Micros()});
            System.out.printf(Locale.ROOT, "round %d of %d: ORT/JVM batch-1 %.2f, batch-256 %.2f, single-row p50 %.2f%n",
                    round + 1, rounds, ratios.get(round)[0], ratios.get(round)[1], ratios.get(round)[2]);
        }
        System.out.printf(Locale.ROOT, "%n%s on %s tiled x%d (%d rows), %d rounds, %d logical CPUs%n",
                model.getFileName(), data.getFileName(), tile, dataset.rows(), rounds,
                Runtime.getRuntime().availableProcessors());
        System.out.println("| ONNX Runtime (CPU) / Tribuo (JVM) | median | min | max |");
        System.out.println("|---|---|---|---|");
        String[] names = {"batch-1 throughput", "batch-256 throughput", "single-row p50 latency (JVM / ORT)"};
        for (int c = 0; c < names.length; c++) {
            final int column = c;
            double[] v = ratios.stream().mapToDouble(r -> r[column]).sorted().toArray();
            System.out.printf(Locale.ROOT, "| %s | **%.2fx** | %.2f | %.2f |%n", names[c], v[v.length / 2], v[0],
                    v[v.length - 1]);
        }
        System.out.printf(Locale.ROOT, "last round: JVM %,.0f / %,.0f rows/s (batch 1 / 256), p50 %.1f us;"
                        + " ORT %,.0f / %,.0f rows/s, p50 %.1f us; top-1 agreement %.2f%%, accuracy JVM %.4f ORT %.4f%n",
                lastJvm.throughput().get(0).rowsPerSecond(), lastJvm.throughput().get(1).rowsPerSecond(),
                lastJvm.latency().p50Micros(), lastOrt.throughput().get(0).rowsPerSecond(),
                lastOrt.throughput().get(1).rowsPerSecond(), lastOrt.latency().p50Micros(),
                100 * lastOrt.fidelity().top1Agreement(), lastJvm.quality().accuracy(), lastOrt.quality().accuracy());
    }

    private static RunResult run(Evaluation evaluation, Path model, Path data, Dataset dataset, String device) {
        RunSpec spec = new RunSpec(model, data, DatasetOptions.defaults(), device, Scaling.NONE,
                Set.of(RunMode.ONLINE, RunMode.BATCH), List.of(1, 256), 200, 2000, 0, 42L, List.of());
        return evaluation.run(spec, dataset, RunListener.NONE, new CancellationToken());
    }

    /** The dataset's rows repeated {@code tile} times. */
    static Dataset tiled(Dataset d, int tile) {
        int rows = d.rows() * tile;
        float[] values = new float[rows * d.columns()];
        int[] ids = d.target().classIds() == null ? null : new int[rows];
        double[] numbers = d.target().values() == null ? null : new double[rows];
        for (int t = 0; t < tile; t++) {
            System.arraycopy(d.features().values(), 0, values, t * d.rows() * d.columns(), d.rows() * d.columns());
            if (ids != null) {
                System.arraycopy(d.target().classIds(), 0, ids, t * d.rows(), d.rows());
            }
            if (numbers != null) {
                System.arraycopy(d.target().values(), 0, numbers, t * d.rows(), d.rows());
            }
        }
        Target target = ids != null ? Target.classes(d.target().name(), ids, d.target().classNames())
                : Target.numbers(d.target().name(), numbers);
        return new Dataset(d.name(), d.source(), d.format(), d.featureNames(),
                new FeatureMatrix(rows, d.columns(), values), target, d.missing());
    }
}
