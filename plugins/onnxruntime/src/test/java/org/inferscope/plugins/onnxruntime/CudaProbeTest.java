package org.inferscope.plugins.onnxruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CudaProbeTest {

    @TempDir
    Path dir;

    @Test
    void cpuEditionWithoutDriverNamesBothChecks() {
        String reason = new CudaProbe(List.of(dir), List.of(dir), () -> false).unavailableReason().orElseThrow();
        assertTrue(reason.startsWith("CUDA: this build has the CPU-only ONNX Runtime; install the GPU edition"),
                reason);
        assertTrue(reason.contains("no NVIDIA driver found (libcuda.so.1 is not in " + dir), reason);
        assertTrue(reason.contains("nvidia-smi is not on PATH"), reason);
    }

    @Test
    void cpuEditionWithDriverNamesOnlyTheEdition() throws Exception {
        Files.createFile(dir.resolve("libcuda.so.1"));
        CudaProbe probe = new CudaProbe(List.of(dir), List.of(), () -> false);
        assertTrue(probe.driverFound());
        String reason = probe.unavailableReason().orElseThrow();
        assertFalse(reason.contains("driver"), reason);
        assertEquals("CUDA: this build has the CPU-only ONNX Runtime; install the GPU edition (docs/gpu.md)",
                reason);
    }

    @Test
    void gpuEditionWithoutDriverNamesOnlyTheDriver() {
        String reason = new CudaProbe(List.of(dir), List.of(), () -> true).unavailableReason().orElseThrow();
        assertTrue(reason.startsWith("CUDA: no NVIDIA driver found"), reason);
    }

    @Test
    void thisBuildIsTheCpuEdition() {
        assertFalse(CudaProbe.classpathHasCudaProvider());
    }
}
