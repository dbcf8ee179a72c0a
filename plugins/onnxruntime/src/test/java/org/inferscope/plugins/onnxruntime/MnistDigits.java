package org.inferscope.plugins.onnxruntime;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;
import org.inferscope.engine.testing.RealCases;

/** The first MNIST test digits, read from the real IDX files (raw 0..255 pixels, one row each). */
final class MnistDigits {

    static final int PIXELS = 28 * 28;

    private MnistDigits() {
    }

    static float[] images(int count) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(
                RealCases.file("data/mnist/t10k-images-idx3-ubyte.gz")))) {
            DataInputStream data = new DataInputStream(in);
            data.skipNBytes(16);
            byte[] bytes = data.readNBytes(count * PIXELS);
            float[] pixels = new float[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                pixels[i] = bytes[i] & 0xff;
            }
            return pixels;
        }
    }

    static int[] labels(int count) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(
                RealCases.file("data/mnist/t10k-labels-idx1-ubyte.gz")))) {
            DataInputStream data = new DataInputStream(in);
            data.skipNBytes(8);
            byte[] bytes = data.readNBytes(count);
            int[] labels = new int[count];
            for (int i = 0; i < count; i++) {
                labels[i] = bytes[i];
            }
            return labels;
        }
    }
}
