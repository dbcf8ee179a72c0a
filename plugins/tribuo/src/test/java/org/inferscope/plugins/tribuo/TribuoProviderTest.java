package org.inferscope.plugins.tribuo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.ServiceLoader;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.DeviceKind;
import org.inferscope.engine.spi.BackendProvider;
import org.inferscope.engine.testing.RealCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TribuoProviderTest {

    @TempDir
    Path dir;

    private final TribuoProvider provider = new TribuoProvider();

    private static byte[] head(byte[] bytes) {
        return Arrays.copyOf(bytes, Math.min(bytes.length, 4096));
    }

    @Test
    void serviceLoaderFindsTheProvider() {
        List<String> ids = ServiceLoader.load(BackendProvider.class).stream()
                .map(p -> p.get().id()).toList();
        assertTrue(ids.contains("tribuo"), ids::toString);
    }

    @Test
    void namesItselfAndOffersOneCpuDevice() {
        assertEquals("tribuo", provider.id());
        assertEquals("Tribuo (JVM)", provider.displayName());
        assertEquals("4.3.2", provider.version());
        assertEquals(List.of("tribuo"), provider.extensions());
        List<Device> devices = provider.devices();
        assertEquals(1, devices.size());
        Device cpu = devices.get(0);
        assertEquals("tribuo:cpu", cpu.qualifiedId());
        assertEquals(DeviceKind.CPU, cpu.kind());
        assertTrue(cpu.available());
        assertTrue(cpu.displayName().startsWith("Tribuo 4.3.2 — JVM (1 thread); XGBoost models "), cpu.displayName());
    }

    @Test
    void recognisesTribuoProtobufContentWhateverTheName() throws Exception {
        Path file = TinyTribuoModels.save(TinyTribuoModels.cart(), dir, "model.bin");
        assertTrue(provider.recognizes(file, head(Files.readAllBytes(file))));
        Path linear = TinyTribuoModels.save(TinyTribuoModels.linearRegression(), dir, "linear.bin");
        assertTrue(provider.recognizes(linear, head(Files.readAllBytes(linear))));
    }

    @Test
    void recognisesAJavaSerializedTribuoModel() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(TinyTribuoModels.cart());
        }
        assertTrue(provider.recognizes(dir.resolve("m.ser"), head(bytes.toByteArray())));
    }

    @Test
    void doesNotClaimOnnxFiles() throws Exception {
        for (String name : List.of("models/tribuo_iris_lr.onnx", "models/ort_cnn_mnist_pytorch.onnx")) {
            Path onnx = RealCases.file(name);
            Path renamed = Files.copy(onnx, dir.resolve("renamed.bin"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertFalse(provider.recognizes(renamed, head(Files.readAllBytes(onnx))), name);
        }
    }

    @Test
    void recognisesByExtensionAndNeverThrows() {
        assertTrue(provider.recognizes(Path.of("x.TRIBUO"), new byte[0]));
        assertFalse(provider.recognizes(Path.of("x.bin"), new byte[0]));
        assertFalse(provider.recognizes(null, null));
        byte[] noise = new byte[4096];
        Random random = new Random(5);
        for (int i = 0; i < 2000; i++) {
            random.nextBytes(noise);
            noise[0] = (byte) (i % 2 == 0 ? 0x12 : 0x08);
            assertFalse(provider.recognizes(Path.of("n.bin"), Arrays.copyOf(noise, 1 + i % 64)));
        }
        assertFalse(provider.recognizes(Path.of("x.bin"), new byte[] {0x12, (byte) 0xff, (byte) 0xff}));
    }
}
