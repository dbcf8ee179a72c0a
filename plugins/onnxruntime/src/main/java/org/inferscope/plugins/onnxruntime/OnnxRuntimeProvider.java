package org.inferscope.plugins.onnxruntime;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.DeviceKind;
import org.inferscope.engine.spi.BackendProvider;
import org.inferscope.engine.spi.LoadedModel;
import org.inferscope.engine.spi.ModelTransformer;
import org.inferscope.plugins.onnxruntime.transform.MagnitudePruning;
import org.inferscope.plugins.onnxruntime.transform.OnnxTransformer;
import org.inferscope.plugins.onnxruntime.transform.OrtAccess;
import org.inferscope.plugins.onnxruntime.transform.Quantization;
import org.inferscope.plugins.onnxruntime.transform.StructuredPruning;

/**
 * Opens ONNX models with ONNX Runtime. Constructing it loads nothing; the native library and the
 * shared {@code OrtEnvironment} start on the first {@link #devices()} or {@link #load(Path)}.
 *
 * <p>Thread count: every session shares ONE global intra-op pool, sized once for the life of the
 * JVM by the system property {@code inferscope.threads} (else the processor count). Set the
 * property before the first model is opened; see {@link SharedOrtEnvironment}.
 */
public final class OnnxRuntimeProvider implements BackendProvider {

    static final String ID = "onnxruntime";

    private final SharedOrtEnvironment shared;
    private final CudaProbe cudaProbe;
    private volatile List<Device> devices;

    /** The provider ServiceLoader creates: probes this machine. */
    public OnnxRuntimeProvider() {
        this(new SharedOrtEnvironment(), CudaProbe.forThisMachine());
    }

    OnnxRuntimeProvider(SharedOrtEnvironment shared, CudaProbe cudaProbe) {
        this.shared = shared;
        this.cudaProbe = cudaProbe;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "ONNX Runtime";
    }

    @Override
    public String version() {
        return shared.isStarted() ? shared.get().map(e -> e.getVersion()).orElse("unknown") : "unknown";
    }

    @Override
    public List<String> extensions() {
        return List.of("onnx");
    }

    @Override
    public boolean recognizes(Path file, byte[] head) {
        try {
            String name = file == null || file.getFileName() == null ? ""
                    : file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".onnx") || OnnxFileSniffer.looksLikeOnnx(head);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The CPU and CUDA device 0, probed once; the CUDA one says exactly what is missing. */
    @Override
    public List<Device> devices() {
        List<Device> known = devices;
        if (known == null) {
            known = probeDevices();
            devices = known;
        }
        return known;
    }

    private List<Device> probeDevices() {
        if (shared.get().isEmpty()) {
            String reason = shared.failure().orElse("ONNX Runtime did not start");
            return List.of(
                    Device.unavailable(ID, "cpu", DeviceKind.CPU, "ONNX Runtime — CPU", reason),
                    Device.unavailable(ID, "cuda:0", DeviceKind.GPU, "ONNX Runtime — CUDA GPU 0", reason));
        }
        String prefix = "ONNX Runtime " + version() + " — ";
        Device cpu = Device.available(ID, "cpu", DeviceKind.CPU,
                prefix + "CPU (" + threadsLabel() + ")");
        Device cuda = cudaProbe.unavailableReason()
                .map(r -> Device.unavailable(ID, "cuda:0", DeviceKind.GPU, prefix + "CUDA GPU 0", r))
                .orElseGet(() -> Device.available(ID, "cuda:0", DeviceKind.GPU, prefix + "CUDA GPU 0"));
        return List.of(cpu, cuda);
    }

    private String threadsLabel() {
        int n = shared.poolThreads();
        return n > 0 ? n + (n == 1 ? " thread" : " threads") : "per-session threads";
    }

    @Override
    public LoadedModel load(Path file) {
        OnnxModelReader.ReadModel read = new OnnxModelReader(shared).read(file);
        return new OnnxLoadedModel(this, shared, read.session(), read.info(), read.input());
    }

    /** Quantized and pruned variants: pruning first, then the precision change, verified in ONNX Runtime. */
    @Override
    public Optional<ModelTransformer> transformer() {
        OrtAccess ort = new SharedOrtAccess(shared);
        return Optional.of(new OnnxTransformer(ort, new MagnitudePruning(), new StructuredPruning(),
                new Quantization(ort)));
    }
}
