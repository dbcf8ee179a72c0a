package org.inferscope.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.data.DatasetLoader;
import org.inferscope.samples.SamplesLayout;
import org.inferscope.samples.dl4j.Dl4jSamples;
import org.inferscope.samples.dl4j.MadeModel;
import org.inferscope.samples.dl4j.MlpRecipe;

/**
 * A trained MLP of the probe's shape, 784-1024-512-10, for the variant benchmark: the 10,000 MNIST
 * test digits from {@code ../shared/realcases} split (seeded) into 8,000 rows to train on and 2,000
 * held-out rows to measure on, trained by the sample generator's Deeplearning4j recipe and exported
 * to ONNX by the same exporter as the bundled samples (MatMul + Add per layer, the 1/16 input scaling
 * folded into the first layer). Written under a benchmark folder, never into samples/: the digits are
 * third-party data that the project does not ship.
 * Usage: {@code MnistMlpSample IMAGES_IDX OUT_DIR [EPOCHS]}.
 */
public final class MnistMlpSample {
    static final String NAME = "mnist-mlp-wide";
    static final int TEST_ROWS = 2_000;
    static final long SEED = 42;

    private MnistMlpSample() {
    }

    public static void main(String[] args) throws Exception {
        Path images = Path.of(args[0]);
        SamplesLayout layout = new SamplesLayout(Path.of(args[1]));
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Dataset mnist = new DatasetLoader().load(images, DatasetOptions.defaults());
        int[] order = shuffled(mnist.rows(), SEED);
        Files.createDirectories(layout.datasets());
        Files.createDirectories(layout.models());
        writeCsv(mnist, order, TEST_ROWS, mnist.rows(), layout.trainCsv("mnist"));
        writeCsv(mnist, order, 0, TEST_ROWS, layout.testCsv("mnist"));
        MlpRecipe recipe = new MlpRecipe(NAME,
                "Wide multilayer perceptron (784-1024-512-10, Deeplearning4j) on 8,000 MNIST digits", "mnist",
                Task.CLASSIFICATION, MlpRecipe.InputScaling.DIVIDE_BY_16, new int[] {1024, 512}, 5e-4, 0, epochs, 32,
                SEED);
        long start = System.nanoTime();
        MadeModel made = new Dl4jSamples(List.of(recipe)).make(layout, recipe);
        System.out.printf("%s: trained in %.0f s, written to %s (%s)%n", NAME, (System.nanoTime() - start) / 1e9,
                made.onnx(), made.agreement());
    }

    private static int[] shuffled(int n, long seed) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = rows[i];
            rows[i] = rows[j];
            rows[j] = t;
        }
        return rows;
    }

    /** Rows order[from..to) as CSV: a header, 784 integer pixels, then the digit. */
    private static void writeCsv(Dataset data, int[] order, int from, int to, Path file) throws IOException {
        int columns = data.columns();
        float[] values = data.features().values();
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            StringBuilder header = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                header.append("pixel_").append(c).append(',');
            }
            out.write(header.append("digit\n").toString());
            for (int i = from; i < to; i++) {
                int row = order[i];
                StringBuilder line = new StringBuilder(columns * 3);
                for (int c = 0; c < columns; c++) {
                    line.append((int) values[row * columns + c]).append(',');
                }
                line.append(data.target().classNames().get(data.target().classIds()[row])).append('\n');
                out.write(line.toString());
            }
        }
    }
}
