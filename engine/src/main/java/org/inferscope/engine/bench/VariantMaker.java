package org.inferscope.engine.bench;

import java.nio.file.Path;
import java.time.Instant;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.Scaling;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.api.VariantSidecar;
import org.inferscope.engine.binding.Binding;
import org.inferscope.engine.binding.BindingOptions;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.spi.BackendProvider;
import org.inferscope.engine.spi.CalibrationData;
import org.inferscope.engine.spi.LoadedModel;

/** Makes and saves a model variant (precision, pruning) without measuring it. */
public final class VariantMaker {
    private final ProviderRegistry registry;

    public VariantMaker(ProviderRegistry registry) {
        this.registry = registry;
    }

    /**
     * Writes the variant to {@code out} and returns what describes it; nothing is left at {@code out}
     * when it fails.
     *
     * @param calibrationData rows for INT8 static calibration, read as the model's input; null otherwise
     */
    public VariantSidecar make(Path model, TransformSpec spec, Dataset calibrationData, Scaling scaling, long seed,
                               Path out) {
        BackendProvider provider = registry.providerFor(model);
        var transformer = provider.transformer().orElseThrow(() -> new BadInputException(provider.displayName()
                + " cannot make variants of " + model.getFileName() + ": convert the model to ONNX first."));
        if (spec.precision() == Precision.INT8_STATIC && calibrationData == null) {
            throw new BadInputException("INT8 static quantization calibrates on data: give a dataset the model reads"
                    + " (--data FILE).");
        }
        CalibrationData calibration = null;
        if (calibrationData != null) {
            try (LoadedModel loaded = provider.load(model)) {
                Binding binding = Binding.create(loaded.info(), calibrationData,
                        new BindingOptions(scaling, java.util.List.of(), null, null));
                calibration = VariantEvaluation.calibration(binding, spec.calibrationRows(), seed);
            }
        }
        var report = transformer.transform(model, spec, calibration, out);
        return new VariantSidecar(VariantSidecar.SCHEMA_VERSION, model.toString(), FileDigest.sha256(model),
                out.toString(), FileDigest.sha256(out), report,
                calibrationData == null ? null : String.valueOf(calibrationData.source()), seed,
                RunProvenance.engineVersion(), provider.displayName() + " " + provider.version(),
                Instant.now().toString());
    }
}
