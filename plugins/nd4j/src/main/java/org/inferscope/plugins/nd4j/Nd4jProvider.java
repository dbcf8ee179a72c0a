package org.inferscope.plugins.nd4j;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.DeviceKind;
import org.inferscope.engine.spi.BackendProvider;
import org.inferscope.engine.spi.LoadedModel;
import org.inferscope.engine.spi.ModelTransformer;
import org.inferscope.plugins.nd4j.transform.Dl4jTransformer;

/**
 * Opens Deeplearning4j model zips (MultiLayerNetwork and ComputationGraph) and runs them with ND4J.
 * Constructing it loads nothing. Listing devices loads no native code either unless the GPU edition
 * and an NVIDIA driver are both present; ND4J itself starts on the first {@link #load(Path)}.
 *
 * <p>ND4J runs every network of a program on one backend, chosen once at its start (see
 * {@link Nd4jRuntime}): so of the two devices listed, at most one is available in a given program run.
 */
public final class Nd4jProvider implements BackendProvider {

    static final String ID = "nd4j";
    static final String CPU = "cpu";
    static final String CUDA = "cuda:0";

    private final Nd4jRuntime runtime;
    private final CpuInstructions cpu;
    private final Nd4jCudaProbe cuda;

    /** The provider ServiceLoader creates: probes this machine lazily. */
    public Nd4jProvider() {
        this(new Nd4jRuntime(), CpuInstructions.detect(Nd4jProvider.class.getClassLoader()),
                Nd4jCudaProbe.forThisMachine(Nd4jProvider.class.getClassLoader()));
    }

    Nd4jProvider(Nd4jRuntime runtime, CpuInstructions cpu, Nd4jCudaProbe cuda) {
        this.runtime = runtime;
        this.cpu = cpu;
        this.cuda = cuda;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "ND4J (Deeplearning4j)";
    }

    @Override
    public String version() {
        return Nd4jRuntime.version();
    }

    /** ".zip", as ModelSerializer names them (the samples use ".dl4j.zip"). */
    @Override
    public List<String> extensions() {
        return List.of("zip");
    }

    @Override
    public boolean recognizes(Path file, byte[] head) {
        try {
            String name = file == null || file.getFileName() == null ? ""
                    : file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".dl4j.zip") || Dl4jFileSniffer.looksLikeDl4j(head);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The CPU and CUDA device 0, each unavailable one with the exact reason. */
    @Override
    public List<Device> devices() {
        String prefix = "ND4J " + version() + " — ";
        List<Device> devices = new ArrayList<>();
        String cpuName = prefix + "CPU (" + cpu.label() + ", OpenMP)";
        devices.add(cpuUnavailableReason()
                .map(r -> Device.unavailable(ID, CPU, DeviceKind.CPU, cpuName, r))
                .orElseGet(() -> Device.available(ID, CPU, DeviceKind.CPU, cpuName)));
        String gpuName = prefix + "CUDA GPU 0";
        devices.add(cuda.unavailableReason(runtime)
                .map(r -> Device.unavailable(ID, CUDA, DeviceKind.GPU, gpuName, r))
                .orElseGet(() -> Device.available(ID, CUDA, DeviceKind.GPU, gpuName)));
        return List.copyOf(devices);
    }

    private Optional<String> cpuUnavailableReason() {
        Optional<String> natives = cpu.unavailableReason();
        if (natives.isPresent()) {
            return natives;
        }
        if (runtime.attempted() && runtime.failure().isPresent()) {
            return runtime.failure();
        }
        if (runtime.usesCuda()) {
            return Optional.of("ND4J runs on its CUDA backend in this program and picks one backend per program run;"
                    + " to use the CPU, set BACKEND_PRIORITY_CPU above BACKEND_PRIORITY_GPU and restart (docs/gpu.md)");
        }
        return Optional.empty();
    }

    @Override
    public LoadedModel load(Path file) {
        Dl4jNetwork network = new Dl4jModelReader(runtime).read(file);
        return new Dl4jLoadedModel(this, runtime, network, Dl4jModelDescription.of(file, network));
    }

    /** Pruning and simulated precision on Deeplearning4j networks, and conversion to ONNX. */
    @Override
    public Optional<ModelTransformer> transformer() {
        Dl4jModelReader reader = new Dl4jModelReader(runtime);
        return Optional.of(new Dl4jTransformer(file -> reader.read(file).model()));
    }
}
