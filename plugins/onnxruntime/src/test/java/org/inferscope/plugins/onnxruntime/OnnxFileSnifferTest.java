package org.inferscope.plugins.onnxruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Optional;
import org.inferscope.engine.testing.RealCases;
import org.junit.jupiter.api.Test;

class OnnxFileSnifferTest {

    @Test
    void everyRealModelLooksLikeOnnx() throws Exception {
        for (String model : new String[] {"tribuo_cnn_mnist.onnx", "ort_mnist_cntk.onnx",
                "ort_sklearn_voting_soft.onnx", "onnx_light_resnet50.onnx", "tribuo_iris_lr.onnx"}) {
            byte[] head = Files.readAllBytes(RealCases.file("models/" + model));
            assertTrue(OnnxFileSniffer.looksLikeOnnx(head), model);
            assertEquals(Optional.empty(), OnnxFileSniffer.knownOtherFormat(head), model);
        }
    }

    @Test
    void commonOtherFormatsAreNamed() {
        assertEquals(Optional.of("a PNG image"), OnnxFileSniffer.knownOtherFormat(bytes(0x89, 'P', 'N', 'G')));
        assertEquals(Optional.of("a ZIP archive, such as a PyTorch .pt or a Keras file"),
                OnnxFileSniffer.knownOtherFormat(bytes('P', 'K', 3, 4, 0)));
        assertEquals(Optional.of("a JPEG image"), OnnxFileSniffer.knownOtherFormat(bytes(0xff, 0xd8, 0xff, 0xe0)));
        assertEquals(Optional.of("a text file"), OnnxFileSniffer.knownOtherFormat("x,y\n1,2\n".getBytes()));
    }

    @Test
    void oddInputsAreNotOnnxAndDoNotThrow() {
        assertFalse(OnnxFileSniffer.looksLikeOnnx(null));
        assertFalse(OnnxFileSniffer.looksLikeOnnx(new byte[0]));
        assertFalse(OnnxFileSniffer.looksLikeOnnx(bytes(0x08)));
        assertFalse(OnnxFileSniffer.looksLikeOnnx(bytes(0x08, 0x00, 0x12)));
        assertEquals(Optional.empty(), OnnxFileSniffer.knownOtherFormat(null));
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
