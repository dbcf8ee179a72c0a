package org.inferscope.engine.spi;

import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.ModelInfo;

/** A model file a provider has read and validated, ready to open sessions on a device. */
public interface LoadedModel extends AutoCloseable {

    ModelInfo info();

    /** The provider that loaded it. */
    BackendProvider provider();

    /**
     * Opens an inference session on a device. The session predicts batches for the given output.
     *
     * @param device one of {@link BackendProvider#devices()}, available
     * @param settings threads and the output to read
     */
    Session open(Device device, SessionSettings settings);

    @Override
    void close();
}
