package org.inferscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad inputs tried as a new user would: each gets one clear sentence naming the file (and the row
 * or column), exit code 2, and no stack trace.
 */
class BadInputTest {

    @TempDir
    Path dir;
    Path model;

    @BeforeEach
    void writeAFourFeatureModel() throws IOException {
        model = TinyModels.linear(dir.resolve("four.onnx"),
                new float[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 1, 1}}, new float[] {0, 0, 0});
    }

    private CliRun eval(Path m, Path data) {
        return CliRun.of("eval", "-q", "--model", m.toString(), "--data", data.toString(),
                "--warmup", "1", "--iterations", "3", "--batch", "2");
    }

    private static void assertOneSentenceNaming(CliRun run, String... words) {
        assertEquals(InferScopeCli.BAD_INPUT, run.exitCode(), () -> "exit code; stderr: " + run.err());
        String err = run.err().strip();
        assertFalse(err.contains("\n"), () -> "more than one line on stderr: " + err);
        assertFalse(err.contains("Exception"), () -> "a raw exception reached the user: " + err);
        assertTrue(err.startsWith("inferscope: "), err);
        for (String w : words) {
            assertTrue(err.contains(w), () -> "'" + w + "' missing from: " + err);
        }
    }

    private Path csv(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void anEmptyDatasetNamesTheFile() throws IOException {
        assertOneSentenceNaming(eval(model, csv("empty.csv", "")), "empty.csv");
    }

    @Test
    void raggedRowsNameTheFileAndTheLine() throws IOException {
        Path data = csv("ragged.csv", "a,b,c,d,label\n1,2,3,4,0\n1,2,3,1\n");
        assertOneSentenceNaming(eval(model, data), "ragged.csv", "3");
    }

    @Test
    void textInANumericColumnNamesTheColumnAndTheValue() throws IOException {
        Path data = csv("text.csv", "a,b,c,d,label\n1,2,3,4,0\n1,abc,3,4,1\n");
        assertOneSentenceNaming(eval(model, data), "text.csv", "'b'", "abc");
    }

    @Test
    void aFeatureCountMismatchSaysBothCounts() throws IOException {
        Path data = csv("six.csv", "a,b,c,d,e,f,label\n1,2,3,4,5,6,0\n1,2,3,4,5,6,1\n");
        assertOneSentenceNaming(eval(model, data), "four.onnx", "4", "6");
    }

    @Test
    void aPngRenamedToOnnxIsRefused() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path fake = Files.write(dir.resolve("picture.onnx"), png);
        assertOneSentenceNaming(eval(fake, csv("ok.csv", "a,b,c,d,label\n1,2,3,4,0\n")), "picture.onnx");
    }

    @Test
    void aTruncatedOnnxFileIsRefused() throws IOException {
        byte[] whole = Files.readAllBytes(model);
        Path cut = Files.write(dir.resolve("cut.onnx"), Arrays.copyOf(whole, whole.length / 2));
        assertOneSentenceNaming(eval(cut, csv("ok.csv", "a,b,c,d,label\n1,2,3,4,0\n")), "cut.onnx");
    }

    @Test
    void aMissingModelFileIsNamed() throws IOException {
        assertOneSentenceNaming(eval(dir.resolve("nowhere.onnx"), csv("ok.csv", "a,b,c,d,label\n1,2,3,4,0\n")),
                "nowhere.onnx");
    }

    @Test
    void anUnknownOptionIsABadInputWithUsage() {
        CliRun run = CliRun.of("eval", "--model", "m.onnx", "--data", "d.csv", "--bacth", "8");
        assertEquals(InferScopeCli.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--bacth"), run.err());
    }
}
