package org.inferscope.plugins.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.DeviceKind;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.spi.LoadedModel;
import org.inferscope.engine.spi.SessionSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The device list on a machine like this one (CPU build, no NVIDIA driver): the CUDA device is listed,
 * unavailable, with the exact reasons; choosing it fails with that sentence.
 */
class Nd4jDevicesTest {

    private static Device cuda(List<Device> devices) {
        return devices.stream().filter(d -> d.kind() == DeviceKind.GPU).findFirst().orElseThrow();
    }

    @Test
    void theDefaultBuildListsTheCpuAndACudaDeviceThatSaysWhatIsMissing() {
        List<Device> devices = Samples.PROVIDER.devices();
        assertEquals(List.of("nd4j:cpu", "nd4j:cuda:0"), devices.stream().map(Device::qualifiedId).toList());
        assertTrue(devices.get(0).available(), devices.get(0).reason());
        Device gpu = cuda(devices);
        assertFalse(gpu.available());
        assertTrue(gpu.reason().contains("this build has ND4J's CPU backend only"), gpu.reason());
        assertTrue(gpu.reason().contains("-Pgpu") && gpu.reason().contains("docs/gpu.md"), gpu.reason());
    }

    @Test
    void withoutAnNvidiaDriverTheReasonSaysWhereItLooked() {
        assumeFalse(Files.exists(Path.of("/usr/lib/x86_64-linux-gnu/libcuda.so.1")), "this machine has a driver");
        String reason = cuda(Samples.PROVIDER.devices()).reason();
        assertTrue(reason.contains("no NVIDIA driver found (libcuda.so.1 is not in /usr/lib/x86_64-linux-gnu"), reason);
    }

    @Test
    void withTheGpuEditionAndADriverPresentNd4jIsAskedWhichBackendItPicked(@TempDir Path dir) throws IOException {
        Files.createFile(dir.resolve("libcuda.so.1"));
        Nd4jCudaProbe probe = new Nd4jCudaProbe(List.of(dir), List.of(), () -> true);
        Nd4jRuntime runtime = new Nd4jRuntime();

        Optional<String> reason = probe.unavailableReason(runtime);

        // the jars here hold the CPU backend only, so ND4J really starts on the CPU and the probe says so
        assertTrue(runtime.attempted());
        assertTrue(reason.orElseThrow().contains("ND4J started its CpuBackend in this program instead"), reason.get());
        assertTrue(reason.get().contains("CUDA 11.6 and cuDNN 8.3"), reason.get());
    }

    @Test
    void choosingTheCudaDeviceFailsWithItsReason() {
        ProviderRegistry registry = new ProviderRegistry(List.of(Samples.PROVIDER));
        BadInputException e = assertThrows(BadInputException.class,
                () -> registry.resolveDevice(Samples.PROVIDER, "nd4j:cuda:0"));
        assertTrue(e.getMessage().startsWith("The device nd4j:cuda:0 is not available: CUDA: this build"),
                e.getMessage());
    }

    @Test
    void anEvaluationOnTheCudaDeviceStopsWithTheSameSentence() {
        var data = Samples.dataset(Samples.card("digits-mlp"));
        BadInputException e = assertThrows(BadInputException.class,
                () -> Samples.evaluate(Samples.DIGITS_MLP, data, "nd4j:cuda:0", TransformSpec.none()));
        assertTrue(e.getMessage().contains("docs/gpu.md"), e.getMessage());
    }

    @Test
    void openingASessionOnTheCudaDeviceDirectlyIsRefusedToo() {
        try (LoadedModel model = Samples.PROVIDER.load(Samples.DIGITS_MLP)) {
            Device gpu = cuda(Samples.PROVIDER.devices());
            BadInputException e = assertThrows(BadInputException.class,
                    () -> model.open(gpu, new SessionSettings(1, "input", "output")));
            assertTrue(e.getMessage().contains("is not available"), e.getMessage());
        }
    }

    @Test
    void aCpuWithoutAvx2IsUnavailableWithOnlyTheAvx2Natives() {
        CpuInstructions old = new CpuInstructions(Set.of("sse4_2", "avx"), true, true, false);
        assertTrue(old.unavailableReason().orElseThrow().contains("-Pnd4j-generic"));
        assertEquals("generic x86-64", old.label());
        CpuInstructions genericBuild = new CpuInstructions(Set.of("sse4_2"), true, false, true);
        assertTrue(genericBuild.unavailableReason().isEmpty());
        CpuInstructions none = new CpuInstructions(Set.of("avx2"), true, false, false);
        assertTrue(none.unavailableReason().orElseThrow().contains("Linux x86-64 only"));
    }

    @Test
    void cpuFlagsAreReadFromCpuinfo(@TempDir Path dir) throws IOException {
        Path cpuinfo = Files.writeString(dir.resolve("cpuinfo"),
                "processor\t: 0\nflags\t\t: fpu sse avx2 fma\nbugs\t\t: none\n");
        assertEquals(Optional.of(Set.of("fpu", "sse", "avx2", "fma")), CpuInstructions.readFlags(cpuinfo));
        assertEquals(Optional.empty(), CpuInstructions.readFlags(dir.resolve("absent")));
    }

    @Test
    void thisBuildShipsTheAvx2NativesOnly() {
        CpuInstructions here = CpuInstructions.detect(getClass().getClassLoader());
        assertTrue(here.avx2Natives());
        assertFalse(here.genericNatives(), "the generic natives (90 MB) must stay out of the default build");
    }

    @Test
    void javacppUnpacksIntoInferscopesHomeUnlessTheUserChoseAFolder() {
        assertEquals(Path.of("/home/u/.inferscope/cache/javacpp"), NativeCache.defaultFolder(null, "/home/u"));
        assertEquals(Path.of("/data/is/cache/javacpp"), NativeCache.defaultFolder("/data/is", "/home/u"));
    }

    @Test
    void openMpThreadsWaitPassivelyUnlessTheUserChose() {
        Samples.PROVIDER.load(Samples.DIGITS_MLP).close();
        String expected = System.getenv("OMP_WAIT_POLICY") == null ? "passive" : System.getenv("OMP_WAIT_POLICY");
        assertEquals(expected, OpenMpPolicy.apply());
    }
}
