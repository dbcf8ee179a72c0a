package org.inferscope.plugins.tribuo;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.DeviceKind;
import org.inferscope.engine.spi.BackendProvider;
import org.inferscope.engine.spi.LoadedModel;
import org.inferscope.engine.spi.ModelTransformer;

/**
 * Opens Tribuo model files and predicts with Tribuo on the JVM. Constructing it loads nothing
 * (Tribuo is pure Java and brings no native code); Tribuo's classes load on the first {@link #load}.
 *
 * <p>Tribuo predicts on the calling thread, so a session uses one thread whatever the settings ask.
 */
public final class TribuoProvider implements BackendProvider {

    static final String ID = "tribuo";
    /** Tribuo's own version constant; a compile-time constant, so reading it loads no Tribuo class. */
    static final String TRIBUO_VERSION = org.tribuo.Tribuo.VERSION;

    private final XGBoostLibrary xgboost = new XGBoostLibrary();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Tribuo (JVM)";
    }

    @Override
    public String version() {
        return TRIBUO_VERSION;
    }

    @Override
    public List<String> extensions() {
        return List.of("tribuo");
    }

    @Override
    public boolean recognizes(Path file, byte[] head) {
        try {
            String name = file == null || file.getFileName() == null ? ""
                    : file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".tribuo") || TribuoFileSniffer.looksLikeTribuo(head);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * One CPU device, always available: Tribuo needs nothing but the JVM. Its name says whether
     * XGBoost models run too, which needs XGBoost's native library (loaded here to find out).
     */
    @Override
    public List<Device> devices() {
        String xgboostState = xgboost.unavailableReason().map(why -> "XGBoost models unavailable: " + why)
                .orElse("XGBoost models too");
        return List.of(Device.available(ID, "cpu", DeviceKind.CPU,
                "Tribuo " + TRIBUO_VERSION + " — JVM (1 thread); " + xgboostState));
    }

    /** Converts models to ONNX and prunes ensembles; made on each call, as it holds nothing. */
    @Override
    public Optional<ModelTransformer> transformer() {
        return Optional.of(new TribuoTransformer(new TribuoModelReader(xgboost)));
    }

    @Override
    public LoadedModel load(Path file) {
        TribuoModel model = new TribuoModelReader(xgboost).read(file);
        return new TribuoLoadedModel(this, model, ModelDescription.of(file, model));
    }
}
