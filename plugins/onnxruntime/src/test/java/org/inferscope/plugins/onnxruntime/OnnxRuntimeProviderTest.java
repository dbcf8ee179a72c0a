package org.inferscope.plugins.onnxruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.DeviceKind;
import org.inferscope.engine.spi.BackendProvider;
import org.inferscope.engine.testing.RealCases;
import org.junit.jupiter.api.Test;

class OnnxRuntimeProviderTest {

    private final OnnxRuntimeProvider provider = new OnnxRuntimeProvider();

    @Test
    void serviceLoaderFindsTheProvider() {
        List<BackendProvider> found = ServiceLoader.load(BackendProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.id().equals("onnxruntime")).toList();
        assertEquals(1, found.size());
        assertEquals("ONNX Runtime", found.get(0).displayName());
        assertEquals(List.of("onnx"), found.get(0).extensions());
    }

    @Test
    void cpuIsAvailableAndNamesVersionAndThreads() {
        Device cpu = device("cpu");
        assertTrue(cpu.available());
        assertEquals(DeviceKind.CPU, cpu.kind());
        assertTrue(cpu.displayName().startsWith("ONNX Runtime 1.29.0 — CPU ("), cpu.displayName());
        assertTrue(cpu.displayName().contains("thread"), cpu.displayName());
        assertEquals("1.29.0", provider.version());
    }

    @Test
    void cudaIsUnavailableHereAndSaysWhatIsMissing() {
        Device cuda = device("cuda:0");
        assertEquals(DeviceKind.GPU, cuda.kind());
        assertFalse(cuda.available());
        assertTrue(cuda.reason().startsWith("CUDA: "), cuda.reason());
        assertTrue(cuda.reason().contains("CPU-only ONNX Runtime"), cuda.reason());
        if (!new CudaProbe(List.of(Path.of("/usr/lib/x86_64-linux-gnu"), Path.of("/usr/lib64")),
                List.of(), () -> true).driverFound()) {
            assertTrue(cuda.reason().contains("libcuda.so.1"), cuda.reason());
        }
    }

    @Test
    void recognizesByExtensionOrByContent() throws Exception {
        byte[] head = Files.readAllBytes(RealCases.file("models/tribuo_iris_lr.onnx"));
        assertTrue(provider.recognizes(Path.of("anything.bin"), head));
        assertTrue(provider.recognizes(Path.of("Model.ONNX"), new byte[0]));
        assertFalse(provider.recognizes(Path.of("picture.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        assertFalse(provider.recognizes(Path.of("table.csv"), "a,b,c\n1,2,3\n".getBytes()));
        assertFalse(provider.recognizes(Path.of("weights.bin"), null));
    }

    @Test
    void constructingLoadsNoNativeCode() {
        OnnxRuntimeProvider fresh = new OnnxRuntimeProvider(new SharedOrtEnvironment(),
                CudaProbe.forThisMachine());
        assertEquals("unknown", fresh.version());
    }

    private Device device(String id) {
        return provider.devices().stream().filter(d -> d.deviceId().equals(id)).findFirst().orElseThrow();
    }
}
