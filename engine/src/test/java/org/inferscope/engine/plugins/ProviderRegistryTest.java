package org.inferscope.engine.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.DeviceKind;
import org.inferscope.engine.spi.BackendProvider;
import org.inferscope.engine.spi.LoadedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderRegistryTest {

    @TempDir
    Path dir;

    private static final Device CPU = Device.available("fake", "cpu", DeviceKind.CPU, "Fake — CPU");
    private static final Device GPU = Device.unavailable("fake", "cuda:0", DeviceKind.GPU, "Fake — CUDA",
            "CUDA: no NVIDIA driver found (libcuda.so.1)");

    @Test
    void discoveryWithNoServicesFindsNothingAndFailsNothing() {
        ProviderRegistry registry = ProviderRegistry.discover(getClass().getClassLoader());
        assertTrue(registry.failures().isEmpty());
    }

    @Test
    void aPluginThatFailsToConstructIsRecordedNotFatal() throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(BackendProvider.class.getName()),
                ThrowingProvider.class.getName() + "\norg.example.Missing\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            ProviderRegistry registry = ProviderRegistry.discover(loader);
            assertTrue(registry.providers().isEmpty());
            assertEquals(2, registry.failures().size());
            assertEquals(ThrowingProvider.class.getName(), registry.failures().get(0).provider());
            assertTrue(registry.failures().get(0).reason().contains("native library missing"));
            assertEquals("org.example.Missing", registry.failures().get(1).provider());
        }
    }

    @Test
    void aModelIsMatchedByItsExtension() throws IOException {
        Stub onnx = new Stub("ONNX Runtime", "onnx", "MAGIC");
        ProviderRegistry registry = new ProviderRegistry(List.of(onnx));
        assertSame(onnx, registry.providerFor(file("m.onnx", "anything")));
    }

    @Test
    void aModelWithAnUnknownExtensionIsMatchedByItsFirstBytes() throws IOException {
        Stub onnx = new Stub("ONNX Runtime", "onnx", "MAGIC");
        ProviderRegistry registry = new ProviderRegistry(List.of(onnx));
        assertSame(onnx, registry.providerFor(file("m.bin", "MAGIC and more")));
    }

    @Test
    void aFileNoPluginOpensNamesTheInstalledFormats() throws IOException {
        ProviderRegistry registry = new ProviderRegistry(List.of(new Stub("ONNX Runtime", "onnx", "MAGIC")));
        BadInputException e = assertThrows(BadInputException.class,
                () -> registry.providerFor(file("model.xyz", "nothing")));
        assertTrue(e.getMessage().startsWith(
                "model.xyz is not a model format any installed plugin opens (installed: ONNX Runtime (.onnx)); "),
                e.getMessage());
    }

    @Test
    void aMissingModelFileIsNamed() {
        ProviderRegistry registry = new ProviderRegistry(List.of(new Stub("ONNX Runtime", "onnx", "MAGIC")));
        Path missing = dir.resolve("gone.onnx");
        BadInputException e = assertThrows(BadInputException.class, () -> registry.providerFor(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void aProviderWhoseDevicesThrowShowsAsOneUnavailableDevice() {
        Stub broken = new Stub("Broken", "brk", "X") {
            @Override
            public List<Device> devices() {
                throw new UnsatisfiedLinkError("no libbroken.so");
            }
        };
        ProviderRegistry registry = new ProviderRegistry(List.of(new Stub("ONNX Runtime", "onnx", "M"), broken));
        List<Device> devices = registry.devices();
        assertEquals(3, devices.size());
        Device last = devices.get(2);
        assertFalse(last.available());
        assertTrue(last.reason().contains("no libbroken.so"), last.reason());
    }

    @Test
    void noDeviceNamedMeansTheFirstAvailableCpu() {
        Stub stub = new Stub("Fake", "fk", "X");
        assertEquals(CPU, new ProviderRegistry(List.of(stub)).resolveDevice(stub, null));
    }

    @Test
    void anUnknownDeviceListsTheValidOnes() {
        Stub stub = new Stub("Fake", "fk", "X");
        BadInputException e = assertThrows(BadInputException.class,
                () -> new ProviderRegistry(List.of(stub)).resolveDevice(stub, "fake:tpu"));
        assertTrue(e.getMessage().contains("fake:cpu"), e.getMessage());
        assertTrue(e.getMessage().contains("fake:cuda:0"), e.getMessage());
    }

    @Test
    void anUnavailableDeviceGivesItsReason() {
        Stub stub = new Stub("Fake", "fk", "X");
        BadInputException e = assertThrows(BadInputException.class,
                () -> new ProviderRegistry(List.of(stub)).resolveDevice(stub, "fake:cuda:0"));
        assertTrue(e.getMessage().contains("no NVIDIA driver found"), e.getMessage());
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.US_ASCII);
    }

    /** A provider that opens nothing: enough to test choosing among providers. */
    static class Stub implements BackendProvider {
        private final String name;
        private final String extension;
        private final String magic;

        Stub(String name, String extension, String magic) {
            this.name = name;
            this.extension = extension;
            this.magic = magic;
        }

        @Override
        public String id() {
            return "fake";
        }

        @Override
        public String displayName() {
            return name;
        }

        @Override
        public String version() {
            return "0";
        }

        @Override
        public List<String> extensions() {
            return List.of(extension);
        }

        @Override
        public boolean recognizes(Path file, byte[] head) {
            return new String(head, StandardCharsets.US_ASCII).startsWith(magic);
        }

        @Override
        public List<Device> devices() {
            return List.of(CPU, GPU);
        }

        @Override
        public LoadedModel load(Path file) {
            throw new UnsupportedOperationException();
        }
    }
}
