package org.inferscope.plugins.tribuo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.inferscope.engine.api.BadInputException;

/** Writing a variant file whole or not at all, and the sizes a transform report gives. */
final class VariantFiles {

    private VariantFiles() {
    }

    static void write(byte[] bytes, Path target) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(target, bytes);
        } catch (IOException e) {
            deleteQuietly(target);
            throw new BadInputException(Messages.fileName(target) + " could not be written (" + Messages.shorten(e)
                    + "): check the folder exists and can be written.", e);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: the caller is already reporting a failure
        }
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    static long gzipSize(byte[] bytes) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(sink)) {
            gzip.write(bytes);
        } catch (IOException e) {
            return -1;
        }
        return sink.size();
    }
}
