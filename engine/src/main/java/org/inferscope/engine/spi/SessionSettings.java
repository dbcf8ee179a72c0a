package org.inferscope.engine.spi;

import java.util.Objects;

/**
 * Settings for one inference session.
 *
 * @param threads intra-op threads for the backend's shared pool; 0 lets the backend decide
 * @param inputName the model input to feed
 * @param outputName the model output to read back
 */
public record SessionSettings(int threads, String inputName, String outputName) {
    public SessionSettings {
        Objects.requireNonNull(inputName);
        Objects.requireNonNull(outputName);
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0");
        }
    }
}
