package org.inferscope.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.data.DatasetLoader;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.spi.BackendProvider;
import org.inferscope.engine.spi.InputBatch;
import org.inferscope.engine.spi.LoadedModel;
import org.inferscope.engine.spi.Session;
import org.inferscope.engine.spi.SessionSettings;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Output;
import org.tribuo.impl.ArrayExample;

/**
 * Where a "Tribuo (JVM)" batch spends its time: the plugin's whole {@code predict} (rows to Examples,
 * Tribuo's predict, predictions to scores) against Tribuo's predict alone on Examples built beforehand,
 * and building Examples the plain way ({@code new ArrayExample(output, names, values)}, which copies and
 * sorts every row) against the plugin's way (feature-id order, one shared names array, no sort).
 * Each round times every path in turn; medians over rounds. Usage: {@code ExampleBuildingProbe MODEL
 * DATA TARGET [ROUNDS] [TILE]}; reproduce with {@code benchmarks/run-tribuo-vs-ort --probe}.
 */
public final class ExampleBuildingProbe {
    private static final int BATCH = 256;
    private static final int WARM_UP_ROUNDS = 3;

    private ExampleBuildingProbe() {
    }

    public static void main(String[] args) throws IOException {
        Path modelFile = Path.of(args[0]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        int tile = args.length > 4 ? Integer.parseInt(args[4]) : 25;
        Dataset data = TribuoVsOrtBenchmark.tiled(new DatasetLoader().load(Path.of(args[1]),
                DatasetOptions.defaults().withTargetColumn(args[2])), tile);
        Model<?> model = Model.deserializeFromFile(modelFile);
        String[] names = new String[model.getFeatureIDMap().size()];
        Arrays.setAll(names, id -> model.getFeatureIDMap().get(id).getName());
        float[] rows = inFeatureOrder(data, names);
        ProviderRegistry registry = ProviderRegistry.discover(ExampleBuildingProbe.class.getClassLoader());
        BackendProvider tribuo = registry.providerFor(modelFile);
        List<double[]> perRound = new ArrayList<>();
        try (LoadedModel loaded = tribuo.load(modelFile);
             Session session = loaded.open(tribuo.devices().get(0), new SessionSettings(0, "features",
                     loaded.info().outputs().get(0).name()))) {
            for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
                List<java.util.function.LongSupplier> paths = List.of(
                    () -> time(() -> plugin(session, rows, data.rows(), names.length)),
                    () -> time(() -> build(model, rows, data.rows(), names, false)),
                    () -> time(() -> build(model, rows, data.rows(), names, true)),
                    () -> predictOnly(model, rows, data.rows(), names),
                    () -> time(() -> buildAndPredict(model, rows, data.rows(), names)));
                double[] t = new double[paths.size()];
                for (int i = 0; i < paths.size(); i++) { // a different path first in each round
                    int path = (i + round) % paths.size();
                    t[path] = paths.get(path).getAsLong();
                }
                if (round >= WARM_UP_ROUNDS) {
                    perRound.add(t);
                }
            }
        }
        print(modelFile, data.rows(), perRound);
    }

    private static void print(Path model, int rows, List<double[]> perRound) {
        String[] what = {"plugin predict (build + Tribuo predict + scores)", "build Examples, plain ArrayExample",
            "build Examples, the plugin's way", "Tribuo predict alone, Examples prebuilt",
            "build the plugin's way, then Tribuo predict (no scores)"};
        System.out.printf(Locale.ROOT, "%s, %d rows in batches of %d, %d rounds: ns per row, median (min-max)%n",
                model.getFileName(), rows, BATCH, perRound.size());
        for (int c = 0; c < what.length; c++) {
            final int column = c;
            double[] v = perRound.stream().mapToDouble(r -> r[column] / rows).sorted().toArray();
            System.out.printf(Locale.ROOT, "| %s | %.0f (%.0f-%.0f) |%n", what[c], v[v.length / 2], v[0], v[v.length - 1]);
        }
        double[] share = perRound.stream().mapToDouble(r -> 1 - r[3] / r[0]).sorted().toArray();
        System.out.printf(Locale.ROOT, "share of the plugin's predict that is not Tribuo's predict: %.0f%% (%.0f-%.0f)%n",
                100 * share[share.length / 2], 100 * share[0], 100 * share[share.length - 1]);
    }

    private static float[] inFeatureOrder(Dataset data, String[] names) {
        float[] out = new float[data.rows() * names.length];
        for (int c = 0; c < names.length; c++) {
            int column = data.featureNames().indexOf(names[c]);
            for (int r = 0; r < data.rows(); r++) {
                out[r * names.length + c] = data.features().get(r, column);
            }
        }
        return out;
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static void plugin(Session session, float[] rows, int count, int width) {
        for (int first = 0; first + BATCH <= count; first += BATCH) {
            session.predict(new InputBatch(rows, first * width, new long[] {BATCH, width}, BATCH));
        }
    }

    private static <T extends Output<T>> List<List<Example<T>>> build(Model<T> model, float[] rows, int count,
                                                                      String[] names, boolean sharedNames) {
        T unknown = model.getOutputIDInfo().getDomain().iterator().next(); // any output: predict ignores it
        List<List<Example<T>>> batches = new ArrayList<>();
        int width = names.length;
        for (int first = 0; first + BATCH <= count; first += BATCH) {
            List<Example<T>> batch = new ArrayList<>(BATCH);
            for (int r = first; r < first + BATCH; r++) {
                double[] values = new double[width];
                for (int c = 0; c < width; c++) {
                    values[c] = rows[r * width + c];
                }
                batch.add(sharedNames ? new SortedRow<>(unknown, names, values) : new ArrayExample<>(unknown, names, values));
            }
            batches.add(batch);
        }
        return batches;
    }

    private static <T extends Output<T>> void buildAndPredict(Model<T> model, float[] rows, int count, String[] names) {
        for (List<Example<T>> batch : build(model, rows, count, names, true)) {
            model.predict(batch);
        }
    }

    private static <T extends Output<T>> long predictOnly(Model<T> model, float[] rows, int count, String[] names) {
        List<List<Example<T>>> batches = build(model, rows, count, names, true);
        long start = System.nanoTime();
        for (List<Example<T>> batch : batches) {
            model.predict(batch);
        }
        return System.nanoTime() - start;
    }

    /** The plugin's Example: an ArrayExample over the model's sorted names, shared, not copied. */
    private static final class SortedRow<T extends Output<T>> extends ArrayExample<T> {
        private static final long serialVersionUID = 1L;

        SortedRow(T output, String[] sortedNames, double[] values) {
            super(output, Example.DEFAULT_WEIGHT, 0);
            this.featureNames = sortedNames;
            this.featureValues = values;
            this.size = values.length;
        }
    }
}
