package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;
import org.inferscope.engine.api.BadInputException;

/**
 * Writes a variant only once ONNX Runtime has loaded it: to a temporary file beside the target,
 * then moved into place, so a failed transform never leaves a half-written file.
 */
final class VariantWriter {
    private final OrtAccess ort;

    VariantWriter(OrtAccess ort) {
        this.ort = ort;
    }

    /** Proves the model loads, writes it to {@code target}, and returns its bytes. */
    byte[] write(OnnxMl.ModelProto model, Path target, String what) {
        byte[] bytes = model.toByteArray();
        try (OrtSession ignored = ort.open(bytes)) {
            // loading is the proof; the session is not used
        } catch (OrtException | RuntimeException e) {
            throw new BadInputException("The " + what + " variant of " + fileName(target)
                    + " does not load in ONNX Runtime (" + shorten(e.getMessage()) + "); nothing was written:"
                    + " try another precision or sparsity, and report it if it persists.", e);
        }
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, ".variant-", ".onnx.tmp");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return bytes;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new BadInputException("Could not write " + target + " (" + e.getMessage()
                    + "): check that the folder exists and is writable.", e);
        }
    }

    static long gzipSize(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // best effort: the temporary file is hidden and named as such
            }
        }
    }

    private static String fileName(Path p) {
        return String.valueOf(p.getFileName());
    }

    private static String shorten(String message) {
        if (message == null) {
            return "no reason given";
        }
        String first = message.strip().split("\n")[0];
        return first.length() > 200 ? first.substring(0, 200) + "..." : first;
    }
}
