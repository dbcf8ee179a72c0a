package org.inferscope.plugins.nd4j;

import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.ModelInfo;
import org.inferscope.engine.api.TensorSpec;
import org.inferscope.engine.spi.BackendProvider;
import org.inferscope.engine.spi.LoadedModel;
import org.inferscope.engine.spi.Session;
import org.inferscope.engine.spi.SessionSettings;

/**
 * A restored Deeplearning4j network. Each {@link Session} gets its own copy of it, since a network is
 * not safe to run from two threads; the device must be one the provider lists as available, because ND4J
 * runs every network of the program on the one backend it picked at start.
 */
final class Dl4jLoadedModel implements LoadedModel {

    private final Nd4jProvider provider;
    private final Nd4jRuntime runtime;
    private final Dl4jNetwork network;
    private final ModelInfo info;
    private final String name;

    Dl4jLoadedModel(Nd4jProvider provider, Nd4jRuntime runtime, Dl4jNetwork network, ModelInfo info) {
        this.provider = provider;
        this.runtime = runtime;
        this.network = network;
        this.info = info;
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
        Device known = provider.devices().stream().filter(d -> d.deviceId().equals(device.deviceId())).findFirst()
                .orElseThrow(() -> new BadInputException("ND4J has no device " + device.deviceId() + "; choose one of "
                        + provider.devices().stream().map(Device::deviceId).toList()));
        if (!known.available()) {
            throw new BadInputException("The device " + known.qualifiedId() + " is not available: " + known.reason());
        }
        if (!settings.inputName().equals(info.inputs().get(0).name()) || info.inputs().size() != 1) {
            throw new BadInputException(name + " has no single input named " + settings.inputName() + "; its inputs are "
                    + info.inputs().stream().map(TensorSpec::name).toList());
        }
        int output = network.outputNames().indexOf(settings.outputName());
        if (output < 0) {
            throw new BadInputException(name + " has no output named " + settings.outputName() + "; choose one of "
                    + network.outputNames());
        }
        runtime.useThreads(settings.threads());
        return new Dl4jSession(network.copy(), output, name);
    }

    @Override
    public void close() {
        // nothing native is held beyond the network's arrays, which ND4J frees when they are collected
    }
}
