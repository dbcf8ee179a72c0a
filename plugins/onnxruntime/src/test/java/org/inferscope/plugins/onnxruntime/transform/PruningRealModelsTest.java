package org.inferscope.plugins.onnxruntime.transform;

import static org.inferscope.plugins.onnxruntime.transform.MagnitudePruningTest.spec;
import static org.inferscope.plugins.onnxruntime.transform.MagnitudePruningTest.transformer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.inferscope.engine.api.PruningScope;
import org.inferscope.engine.api.TransformReport;
import org.inferscope.engine.testing.RealCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pruning the real Tribuo LeNet-style MNIST CNN; skipped where the real cases are absent. */
class PruningRealModelsTest {

    private static final int DIGITS = 1000;

    @TempDir
    Path dir;

    @Test
    void magnitudePruningOfTheTribuoCnnLoadsAndStillClassifiesDigits() throws Exception {
        Path model = RealCases.file("models/tribuo_cnn_mnist.onnx");
        Path target = dir.resolve("magnitude.onnx");
        TransformReport report = transformer().transform(model, spec(0.5, false, PruningScope.PER_LAYER), null,
                target);
        assertEquals(4, report.changed().size(), report.changed().toString());
        assertTrue(report.variantCompressedBytes() < compressedSize(model));
        double original = accuracy(Files.readAllBytes(model));
        double pruned = accuracy(Files.readAllBytes(target));
        System.out.printf("tribuo_cnn_mnist, first %d digits: top-1 %.3f, magnitude-pruned 50%% %.3f%n", DIGITS,
                original, pruned);
        assertTrue(pruned > 0.5, "accuracy " + pruned);
    }

    @Test
    void structuredPruningOfTheTribuoCnnShrinksWhatItCanAndLoads() throws Exception {
        Path model = RealCases.file("models/tribuo_cnn_mnist.onnx");
        Path target = dir.resolve("structured.onnx");
        TransformReport report = transformer().transform(model, spec(0.5, true, PruningScope.PER_LAYER), null,
                target);
        report.changed().forEach(c -> System.out.println("changed: " + c));
        report.skipped().forEach(s -> System.out.println("skipped: " + s));
        assertEquals(3, report.changed().size());
        assertEquals(1, report.skipped().size());
        System.out.printf("tribuo_cnn_mnist structured 50%%: top-1 %.3f on %d digits%n",
                accuracy(Files.readAllBytes(target)), DIGITS);
    }

    private static long compressedSize(Path model) throws IOException {
        return VariantWriter.gzipSize(Files.readAllBytes(model));
    }

    private static double accuracy(byte[] model) throws Exception {
        float[] pixels = images();
        int[] labels = labels();
        float[] scores = PruningModels.run(model, pixels, DIGITS, 1, 28, 28);
        int correct = 0;
        for (int i = 0; i < DIGITS; i++) {
            int best = 0;
            for (int c = 1; c < 10; c++) {
                best = scores[i * 10 + c] > scores[i * 10 + best] ? c : best;
            }
            correct += best == labels[i] ? 1 : 0;
        }
        return correct / (double) DIGITS;
    }

    private static float[] images() throws IOException {
        byte[] bytes = idx("data/mnist/t10k-images-idx3-ubyte.gz", 16, DIGITS * 28 * 28);
        float[] pixels = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            pixels[i] = bytes[i] & 0xff;
        }
        return pixels;
    }

    private static int[] labels() throws IOException {
        byte[] bytes = idx("data/mnist/t10k-labels-idx1-ubyte.gz", 8, DIGITS);
        int[] labels = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            labels[i] = bytes[i];
        }
        return labels;
    }

    private static byte[] idx(String file, int header, int count) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(RealCases.file(file)))) {
            DataInputStream data = new DataInputStream(in);
            data.skipNBytes(header);
            return data.readNBytes(count);
        }
    }
}
