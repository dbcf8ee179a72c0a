package org.inferscope.engine.spi;

import java.nio.file.Path;
import java.util.List;
import org.inferscope.engine.api.Device;

/**
 * A backend that opens some model files and runs them on one or more devices. Registered through
 * {@code META-INF/services/org.inferscope.engine.spi.BackendProvider}.
 *
 * <p>Constructing a provider must be cheap and must not load native code: that happens on the first
 * call to {@link #devices()} or {@link #load(Path)}.
 */
public interface BackendProvider {

    /** A stable short id used on the command line and in saved results ("onnxruntime"). */
    String id();

    /** The name a user sees ("ONNX Runtime"). */
    String displayName();

    /** The backend library's version, or "unknown" before its native code is loaded. */
    String version();

    /** Lower-case file extensions without the dot that this provider opens ("onnx"). */
    List<String> extensions();

    /**
     * Whether this provider can open the file, judged by its first bytes (at most 4 KiB) and name.
     * Must not throw for any content.
     */
    boolean recognizes(Path file, byte[] head);

    /** Every device this backend offers, available or not, each unavailable one with its reason. */
    List<Device> devices();

    /**
     * Loads a model file. Bad files raise {@link org.inferscope.engine.api.BadInputException} with a
     * sentence naming the file and saying what to do.
     */
    LoadedModel load(Path file);

    /** The backend's maker of quantized and pruned variants, if it has one. */
    default java.util.Optional<ModelTransformer> transformer() {
        return java.util.Optional.empty();
    }
}
