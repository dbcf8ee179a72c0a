package org.inferscope.plugins.nd4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.deeplearning4j.util.ModelSerializer;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.spi.FileSignatures;

/**
 * Reads a Deeplearning4j model zip (as {@code ModelSerializer.writeModel} saves it) into a
 * {@link Dl4jNetwork}, turning every way the file can be wrong into one {@link BadInputException}
 * sentence that names it and says what to do.
 */
final class Dl4jModelReader {

    static final String SAVE_HOW = "save the network with Deeplearning4j's ModelSerializer.writeModel"
            + " (a MultiLayerNetwork or ComputationGraph .zip)";

    private final Nd4jRuntime runtime;

    Dl4jModelReader(Nd4jRuntime runtime) {
        this.runtime = runtime;
    }

    Dl4jNetwork read(Path file) {
        String name = String.valueOf(file.getFileName());
        checkFile(file, name);
        String configuration = configuration(file, name);
        if (!runtime.start()) {
            throw new BadInputException(name + " was not opened: " + runtime.failure().orElse("ND4J did not start"));
        }
        boolean graph = isGraph(configuration);
        try {
            return graph ? Dl4jNetwork.of(ModelSerializer.restoreComputationGraph(file.toFile(), false))
                    : Dl4jNetwork.of(ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false));
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(name + " could not be read as a Deeplearning4j "
                    + (graph ? Dl4jNetwork.GRAPH : Dl4jNetwork.MULTI_LAYER) + " (the file looks truncated or damaged: "
                    + Messages.rootCause(e) + "); re-save or re-download it", e);
        }
    }

    private static void checkFile(Path file, String name) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + " does not exist: choose an existing Deeplearning4j .zip file", e);
        } catch (IOException e) {
            throw new BadInputException(name + " could not be read (" + Messages.shorten(e) + "): check the path", e);
        }
        if (head.length == 0) {
            throw new BadInputException(name + " is empty (0 bytes): " + SAVE_HOW);
        }
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
            String kind = FileSignatures.knownFormat(head).map(k -> " (it looks like " + k + ")").orElse("");
            throw new BadInputException(name + " is not a Deeplearning4j model" + kind + ": " + SAVE_HOW);
        }
    }

    /** The network's configuration JSON, after checking the zip holds a Deeplearning4j model at all. */
    private static String configuration(Path file, String name) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Set<String> entries = zip.stream().map(ZipEntry::getName).collect(Collectors.toSet());
            ZipEntry conf = zip.getEntry(Dl4jFileSniffer.CONFIGURATION);
            if (conf == null || !entries.contains(Dl4jFileSniffer.COEFFICIENTS)) {
                throw new BadInputException(name + " is " + OtherZipFormats.recognise(entries).orElse(
                        "a ZIP archive but not a Deeplearning4j model (it has no " + Dl4jFileSniffer.CONFIGURATION
                                + " and " + Dl4jFileSniffer.COEFFICIENTS + "): " + SAVE_HOW));
            }
            try (InputStream in = zip.getInputStream(conf)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (ZipException e) {
            throw new BadInputException(name + " could not be read as a ZIP archive (it looks truncated or damaged: "
                    + Messages.shorten(e) + "); re-save or re-download it", e);
        } catch (IOException e) {
            throw new BadInputException(name + " could not be read (" + Messages.shorten(e)
                    + "); re-save or re-download it", e);
        }
    }

    /** A ComputationGraph's configuration has vertices; a MultiLayerNetwork's has a list of layer confs. */
    static boolean isGraph(String configurationJson) {
        return configurationJson.contains("\"vertices\"") && configurationJson.contains("\"networkInputs\"");
    }
}
