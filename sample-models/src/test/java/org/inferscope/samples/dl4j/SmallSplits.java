package org.inferscope.samples.dl4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.inferscope.engine.api.Task;
import org.inferscope.samples.SamplesLayout;

/** Small made-up splits in the samples' layout, and quick recipes to train on them. */
final class SmallSplits {

    private SmallSplits() {
    }

    /** 4 pixel-like features 0..16 and 3 classes, each class bright in its own pixel. */
    static void writeDigitsLike(SamplesLayout layout, String dataset) throws IOException {
        Random random = new Random(1);
        for (Path file : new Path[] {layout.trainCsv(dataset), layout.testCsv(dataset)}) {
            StringBuilder csv = new StringBuilder("p0,p1,p2,p3,digit\n");
            for (int r = 0; r < 90; r++) {
                int label = r % 3;
                for (int c = 0; c < 4; c++) {
                    csv.append(c == label ? 10 + random.nextInt(7) : random.nextInt(6)).append(',');
                }
                csv.append(label).append('\n');
            }
            write(file, csv);
        }
    }

    /** 3 raw features on different scales and a target around 150: y = 150 + 2·a - 0.5·b + 30·c + noise. */
    static void writeDiabetesLike(SamplesLayout layout, String dataset) throws IOException {
        Random random = new Random(2);
        for (Path file : new Path[] {layout.trainCsv(dataset), layout.testCsv(dataset)}) {
            StringBuilder csv = new StringBuilder("a,b,c,progression\n");
            for (int r = 0; r < 120; r++) {
                double a = 20 + 60 * random.nextDouble();
                double b = 100 + 200 * random.nextDouble();
                double c = random.nextDouble();
                double y = 150 + 2 * a - 0.5 * b + 30 * c + random.nextGaussian();
                csv.append(String.format(java.util.Locale.ROOT, "%.3f,%.3f,%.4f,%.3f%n", a, b, c, y));
            }
            write(file, csv);
        }
    }

    static MlpRecipe classifier(String dataset, int epochs) {
        return new MlpRecipe(dataset + "-mlp", "test classifier", dataset, Task.CLASSIFICATION,
                MlpRecipe.InputScaling.DIVIDE_BY_16, new int[] {16}, 1e-2, 0, epochs, 16, 42);
    }

    static MlpRecipe regressor(String dataset, int epochs) {
        return new MlpRecipe(dataset + "-mlp", "test regressor", dataset, Task.REGRESSION,
                MlpRecipe.InputScaling.STANDARDIZE, new int[] {16}, 1e-2, 0, epochs, 16, 42);
    }

    private static void write(Path file, CharSequence text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
