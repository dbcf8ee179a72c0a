package org.inferscope.plugins.onnxruntime;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.file.Files;
import java.util.Optional;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.DeviceKind;
import org.inferscope.engine.api.ModelInfo;
import org.inferscope.engine.api.TensorSpec;
import org.inferscope.engine.spi.BackendProvider;
import org.inferscope.engine.spi.LoadedModel;
import org.inferscope.engine.spi.Session;
import org.inferscope.engine.spi.SessionSettings;

/**
 * A validated ONNX model. It keeps the CPU session it was validated with, on the shared thread
 * pool, and hands it to every CPU {@link Session} that asks for the shared pool (ORT sessions run
 * concurrently); a session asking for its own thread count, or for CUDA, gets a session of its own.
 */
final class OnnxLoadedModel implements LoadedModel {

    private final OnnxRuntimeProvider provider;
    private final SharedOrtEnvironment shared;
    private final OrtSession cpuSession;
    private final ModelInfo info;
    private final TensorSpec input;
    private final String name;

    OnnxLoadedModel(OnnxRuntimeProvider provider, SharedOrtEnvironment shared, OrtSession cpuSession,
                    ModelInfo info, TensorSpec input) {
        this.provider = provider;
        this.shared = shared;
        this.cpuSession = cpuSession;
        this.info = info;
        this.input = input;
        this.name = String.valueOf(info.file().getFileName());
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    @Override
    public BackendProvider provider() {
        return provider;
    }

    @Override
    public Session open(Device device, SessionSettings settings) {
        Device known = provider.devices().stream()
                .filter(d -> d.deviceId().equals(device.deviceId())).findFirst()
                .orElseThrow(() -> new BadInputException("ONNX Runtime has no device " + device.deviceId()
                        + "; choose one of " + provider.devices().stream().map(Device::deviceId).toList()));
        if (!known.available()) {
            throw new BadInputException(known.reason());
        }
        checkNames(settings);
        TensorSpec output = info.outputs().stream()
                .filter(o -> o.name().equals(settings.outputName())).findFirst().orElseThrow();
        OutputReader reader = OutputReader.forOutput(output, info.classLabels());
        OrtEnvironment env = shared.get().orElseThrow();
        boolean own = known.kind() == DeviceKind.GPU || !shared.sharesPool(settings.threads());
        OrtSession session = own ? createOwnSession(known, settings.threads()) : cpuSession;
        return new OnnxSession(session, own, new InputTensors(env, input.name(), input.elementType()),
                output.name(), reader, name);
    }

    private void checkNames(SessionSettings settings) {
        if (!settings.inputName().equals(input.name())) {
            throw new BadInputException(name + " has no feedable input named " + settings.inputName()
                    + "; its input is " + input.name() + " " + input.describe());
        }
        boolean outputExists = info.outputs().stream().anyMatch(o -> o.name().equals(settings.outputName()));
        if (!outputExists) {
            throw new BadInputException(name + " has no output named " + settings.outputName()
                    + "; choose one of " + info.outputs().stream().map(TensorSpec::name).toList());
        }
    }

    private OrtSession createOwnSession(Device device, int threads) {
        OrtEnvironment env = shared.get().orElseThrow();
        try (OrtSession.SessionOptions options = shared.sessionOptions(threads)) {
            if (device.kind() == DeviceKind.GPU) {
                options.addCUDA(cudaIndex(device));
            }
            return env.createSession(Files.readAllBytes(info.file()), options);
        } catch (OrtException | java.io.IOException | RuntimeException e) {
            throw new BadInputException(name + " could not be opened on " + device.displayName() + " ("
                    + OrtMessages.shorten(e) + ")", e);
        }
    }

    private static int cudaIndex(Device device) {
        String id = device.deviceId();
        return Optional.of(id.indexOf(':')).filter(i -> i >= 0)
                .map(i -> Integer.parseInt(id.substring(i + 1))).orElse(0);
    }

    @Override
    public void close() {
        OnnxModelReader.closeQuietly(cpuSession);
    }
}
