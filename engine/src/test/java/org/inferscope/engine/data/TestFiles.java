package org.inferscope.engine.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small fixture files for the reader tests. */
final class TestFiles {

    private TestFiles() {
    }

    static Path text(Path dir, String name, String content) {
        return bytes(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path bytes(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path gzip(Path dir, String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes(dir, name, out.toByteArray());
    }

    /** An IDX images file of {@code n} images of rows x cols, pixel value = (image + index) % 256. */
    static byte[] idxImages(int n, int rows, int cols) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeInts(out, 0x00000803, n, rows, cols);
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < rows * cols; p++) {
                out.write((i + p) % 256);
            }
        }
        return out.toByteArray();
    }

    static byte[] idxLabels(int... labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeInts(out, 0x00000801, labels.length);
        for (int l : labels) {
            out.write(l);
        }
        return out.toByteArray();
    }

    private static void writeInts(ByteArrayOutputStream out, int... values) {
        for (int v : values) {
            out.write(v >>> 24);
            out.write(v >>> 16);
            out.write(v >>> 8);
            out.write(v);
        }
    }
}
