package org.inferscope.plugins.onnxruntime;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.testing.RealCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadModelFilesTest {

    private static final byte[] PNG_HEAD = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @TempDir
    Path dir;

    private final OnnxRuntimeProvider provider = new OnnxRuntimeProvider();

    private String refusal(Path file) {
        BadInputException e = assertThrows(BadInputException.class, () -> provider.load(file).close());
        String message = e.getMessage();
        assertTrue(message.contains(file.getFileName().toString()), "names the file: " + message);
        assertTrue(!message.contains("OrtException") && !message.contains("\n"), "one plain sentence: " + message);
        return message;
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        String message = refusal(Files.write(dir.resolve("empty.onnx"), new byte[0]));
        assertTrue(message.contains("is empty"), message);
    }

    @Test
    void pngRenamedToOnnxSaysItLooksLikeAnImage() throws Exception {
        String message = refusal(Files.write(dir.resolve("model.onnx"), Arrays.copyOf(PNG_HEAD, 200)));
        assertTrue(message.startsWith("model.onnx is not an ONNX model (it looks like a PNG image)"), message);
    }

    @Test
    void textFileIsRefused() throws Exception {
        String message = refusal(Files.writeString(dir.resolve("notes.onnx"), "just some notes\n"));
        assertTrue(message.contains("looks like a text file"), message);
    }

    @Test
    void truncatedRealModelLooksDamaged() throws Exception {
        byte[] whole = Files.readAllBytes(RealCases.file("models/tribuo_cnn_mnist.onnx"));
        Path half = Files.write(dir.resolve("cut.onnx"), Arrays.copyOf(whole, whole.length / 2));
        String message = refusal(half);
        assertTrue(message.startsWith("cut.onnx could not be read as ONNX (the file looks truncated or damaged"),
                message);
        assertTrue(message.endsWith("re-export or re-download it"), message);
    }

    @Test
    void randomBytesAreRefused() throws Exception {
        byte[] noise = new byte[5000];
        new Random(42).nextBytes(noise);
        noise[0] = 0x08;
        refusal(Files.write(dir.resolve("noise.onnx"), noise));
        new Random(7).nextBytes(noise);
        refusal(Files.write(dir.resolve("noise2.onnx"), noise));
    }

    @Test
    void missingFileIsRefused() {
        String message = refusal(dir.resolve("absent.onnx"));
        assertTrue(message.contains("does not exist"), message);
    }

    @Test
    void twoRequiredInputsAreNamedInTheRefusal() throws Exception {
        String message = refusal(TinyModels.twoInputs(dir));
        assertTrue(message.startsWith("two_inputs.onnx has 2 required inputs (a FLOAT[?,4], b FLOAT[?,2])"),
                message);
        assertTrue(message.endsWith("InferScope feeds one tensor input"), message);
    }

    @Test
    void stringInputIsRefused() throws Exception {
        String message = refusal(TinyModels.stringInput(dir));
        assertTrue(message.contains("input s is STRING[?,1]"), message);
    }

    @Test
    void unknownOperatorIsReportedInOrtsWords() throws Exception {
        byte[] model = Files.readAllBytes(TinyModels.linearRegressor(dir));
        var proto = ai.onnx.proto.OnnxMl.ModelProto.parseFrom(model).toBuilder();
        proto.getGraphBuilder().getNodeBuilder(0).setOpType("MatMulThatDoesNotExist");
        Path file = Files.write(dir.resolve("odd_op.onnx"), proto.build().toByteArray());
        String message = refusal(file);
        assertTrue(message.contains("MatMulThatDoesNotExist"), message);
    }
}
