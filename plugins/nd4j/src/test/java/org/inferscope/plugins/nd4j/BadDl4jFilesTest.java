package org.inferscope.plugins.nd4j;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.inferscope.engine.api.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every wrong file gets one sentence that names it and says what to do, never a stack trace. */
class BadDl4jFilesTest {

    @TempDir
    Path dir;

    private String failure(Path file) {
        BadInputException e = assertThrows(BadInputException.class, () -> Samples.PROVIDER.load(file).close());
        String message = e.getMessage();
        assertTrue(message.contains(file.getFileName().toString()), message);
        assertFalse(message.contains("\n"), message);
        return message;
    }

    @Test
    void aMissingFileIsNamed() {
        assertTrue(failure(dir.resolve("gone.dl4j.zip")).contains("does not exist"));
    }

    @Test
    void anEmptyFileSaysHowToSaveAModel() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.zip"));
        assertTrue(failure(file).contains("ModelSerializer.writeModel"));
    }

    @Test
    void aTruncatedZipSaysToReSaveIt() throws IOException {
        byte[] whole = Files.readAllBytes(Samples.DIGITS_MLP);
        Path file = Files.write(dir.resolve("half.dl4j.zip"), Arrays.copyOf(whole, whole.length / 2));
        String message = failure(file);
        assertTrue(message.contains("truncated or damaged") && message.contains("re-save or re-download"), message);
    }

    @Test
    void anOnnxFileRenamedToZipIsNotTakenForOne() throws IOException {
        Path file = Files.copy(Samples.ROOT.resolve("models/digits-mlp.onnx"), dir.resolve("digits.zip"));
        assertTrue(failure(file).contains("is not a Deeplearning4j model"));
    }

    @Test
    void aPngSaysWhatItLooksLike() throws IOException {
        Path file = Files.write(dir.resolve("picture.zip"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        assertTrue(failure(file).contains("PNG image"));
    }

    @Test
    void anotherZipSaysWhichEntriesAreMissing() throws IOException {
        Path file = zip("notes.zip", Map.of("readme.txt", "hello"));
        assertTrue(failure(file).contains("no configuration.json and coefficients.bin"));
    }

    @Test
    void aKeras3FileIsRecognisedAndPointedToOnnx() throws IOException {
        Path file = zip("model.keras.zip", Map.of("config.json", "{}", "model.weights.h5", "x", "metadata.json", "{}"));
        assertTrue(failure(file).contains("Keras 3"));
    }

    @Test
    void aDamagedConfigurationSaysToReSaveIt() throws IOException {
        Path file = zip("broken.dl4j.zip", Map.of("configuration.json", "{\"confs\": [ {\"layer\": ",
                "coefficients.bin", "xx"));
        assertTrue(failure(file).contains("re-save or re-download"));
    }

    @Test
    void theProviderRecognisesItsZipsByTheirFirstEntry() throws IOException {
        byte[] head = Arrays.copyOf(Files.readAllBytes(Samples.DIGITS_MLP), 4096);
        assertTrue(Dl4jFileSniffer.looksLikeDl4j(head));
        assertFalse(Dl4jFileSniffer.looksLikeDl4j(Files.readAllBytes(zip("other.zip", Map.of("a.txt", "a")))));
        assertFalse(Dl4jFileSniffer.looksLikeDl4j(new byte[] {'P', 'K'}));
    }

    private Path zip(String name, Map<String, String> entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
