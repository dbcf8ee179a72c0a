package org.inferscope.plugins.nd4j.transform;

import ai.onnx.proto.OnnxMl;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.plugins.nd4j.Dl4jOnnxExporter;

/**
 * Writes a variant to a hidden temporary file beside the target, proves it opens, then moves it into
 * place: a failed transform never leaves a half-written file. A target named {@code *.onnx} gets the
 * network as ONNX (dense networks only), anything else a Deeplearning4j zip.
 */
final class VariantFile {

    private final Consumer<Path> proveDl4j;

    /** @param proveDl4j opens a Deeplearning4j zip the way the provider will, throwing if it cannot */
    VariantFile(Consumer<Path> proveDl4j) {
        this.proveDl4j = proveDl4j;
    }

    static boolean isOnnx(Path target) {
        return String.valueOf(target.getFileName()).toLowerCase(Locale.ROOT).endsWith(".onnx");
    }

    /** Writes the variant and returns its bytes. */
    byte[] write(Model model, Path target) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, ".variant-", isOnnx(target) ? ".onnx.tmp" : ".zip.tmp");
            if (isOnnx(target)) {
                writeOnnx(model, temp, target);
            } else {
                ModelSerializer.writeModel(model, temp.toFile(), false);
                prove(temp, target);
            }
            byte[] bytes = Files.readAllBytes(temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return bytes;
        } catch (IOException e) {
            throw new BadInputException("Could not write " + target + " (" + e.getMessage()
                    + "): check that the folder exists and is writable.", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void writeOnnx(Model model, Path temp, Path target) throws IOException {
        if (!(model instanceof MultiLayerNetwork network)) {
            throw new BadInputException(target.getFileName() + " was not written: only a MultiLayerNetwork of dense"
                    + " layers converts to ONNX, and this is a ComputationGraph; write a .zip variant instead.");
        }
        byte[] bytes = new Dl4jOnnxExporter().toBytes(network);
        OnnxMl.ModelProto parsed = OnnxMl.ModelProto.parseFrom(bytes); // proof: the bytes are a whole model
        if (parsed.getGraph().getNodeCount() == 0) {
            throw new BadInputException(target.getFileName() + " was not written: the ONNX export came out empty.");
        }
        Files.write(temp, bytes);
    }

    private void prove(Path temp, Path target) {
        try {
            proveDl4j.accept(temp);
        } catch (RuntimeException e) {
            throw new BadInputException("The variant " + target.getFileName() + " does not open again in ND4J ("
                    + e.getMessage() + "); nothing was written: try another sparsity or precision, and report it if it"
                    + " persists.", e);
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
}
