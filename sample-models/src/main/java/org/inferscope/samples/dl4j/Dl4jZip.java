package org.inferscope.samples.dl4j;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

/**
 * Saves a network as ModelSerializer does (without the updater), with every zip entry's time set to one
 * fixed instant: ModelSerializer stamps entries with the current time, so the same weights would
 * otherwise give different bytes on every run.
 */
final class Dl4jZip {

    /** A local date-time, so that the DOS time written does not depend on the machine's time zone. */
    static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

    private Dl4jZip() {
    }

    static void write(MultiLayerNetwork net, Path file) throws IOException {
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        ModelSerializer.writeModel(net, saved, false);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, withFixedTimes(saved.toByteArray()));
    }

    static MultiLayerNetwork read(Path file) throws IOException {
        return ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false);
    }

    /** The same entries, in the same order, with the same bytes, and one fixed time. */
    static byte[] withFixedTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(FIXED_TIME);
                rewritten.putNextEntry(copy);
                in.transferTo(rewritten);
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
