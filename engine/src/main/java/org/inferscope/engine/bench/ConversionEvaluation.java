package org.inferscope.engine.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.Fidelity;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.TransformReport;
import org.inferscope.engine.binding.Binding;
import org.inferscope.engine.binding.BindingOptions;
import org.inferscope.engine.spi.BackendProvider;
import org.inferscope.engine.spi.LoadedModel;
import org.inferscope.engine.spi.ModelTransformer;

/**
 * A run of a model on another backend than its own (a Tribuo model on ONNX Runtime): the model's
 * provider converts it, the other backend's transformer then makes any precision or pruning variant
 * asked for, and the result is measured there and compared with the original on its own backend.
 */
final class ConversionEvaluation {
    private final Evaluation evaluation;
    private final BackendProvider source;
    private final BackendProvider target;
    private final BindingOptions options;

    ConversionEvaluation(Evaluation evaluation, BackendProvider source, BackendProvider target, BindingOptions options) {
        this.evaluation = evaluation;
        this.source = source;
        this.target = target;
        this.options = options;
    }

    /**
     * @param original the model on its own backend
     * @param originalDevice where the original computes the reference outputs
     * @param device the other backend's device, where the converted model is measured
     */
    Evaluation.Outcome run(RunSpec spec, LoadedModel original, Binding binding, Device originalDevice, Device device,
                           RunListener events, CancellationToken token) {
        String format = ModelConversion.formatFor(source, target, spec.model());
        Path converted = VariantEvaluation.tempFileLike(Path.of("converted." + format));
        Path variantFile = null;
        try {
            events.onPhase(Phase.TRANSFORM, 0);
            TransformReport report = source.transformer().orElseThrow().convert(spec.model(), format, converted);
            List<String> notes = new ArrayList<>();
            notes.add("converted from " + source.displayName() + " to ." + format + " and run on "
                    + target.displayName() + "; fidelity compares it with " + source.displayName() + " on the same rows");
            Path measuredFile = converted;
            if (!spec.transform().isIdentity()) {
                variantFile = VariantEvaluation.tempFileLike(converted);
                report = variant(spec, converted, binding, variantFile);
                measuredFile = variantFile;
            }
            token.throwIfCancelled();
            events.onPhase(Phase.REFERENCE, binding.data().rows());
            VariantEvaluation.Reference reference = VariantEvaluation.reference(spec, original, binding, originalDevice,
                    token);
            try (LoadedModel variant = target.load(measuredFile)) {
                Binding variantBinding = Binding.create(variant.info(), binding.data(), options);
                OutputRecorder recorder = new OutputRecorder(binding.data().rows());
                Evaluation.Outcome measured = evaluation.measure(spec, variant, variantBinding, device,
                        new Evaluation.SessionContextFactory(events, token), recorder);
                Fidelity fidelity = FidelityComparison.compare(reference.recorded(),
                        new FidelityComparison.Recorded(binding.data().rows(), recorder.values(),
                                measured.measured().predictedClasses()),
                        reference.quality(), variantBinding.output().name());
                notes.addAll(measured.notes());
                notes.addAll(report.notes());
                return new Evaluation.Outcome(measured.measured(), notes, report, fidelity);
            }
        } finally {
            VariantEvaluation.deleteQuietly(converted);
            if (variantFile != null) {
                VariantEvaluation.deleteQuietly(variantFile);
            }
        }
    }

    /** The other backend's precision or pruning variant of the converted file, calibrated on its own binding. */
    private TransformReport variant(RunSpec spec, Path converted, Binding binding, Path variantFile) {
        ModelTransformer transformer = target.transformer().orElseThrow(() -> new org.inferscope.engine.api
                .BadInputException(target.displayName() + " cannot make " + spec.transform().precision().cliName()
                + " or pruned variants: run without --precision and --sparsity."));
        try (LoadedModel loaded = target.load(converted)) {
            Binding convertedBinding = Binding.create(loaded.info(), binding.data(), options);
            return transformer.transform(converted, spec.transform(), VariantEvaluation.calibration(convertedBinding,
                    spec.transform().calibrationRows(), spec.seed()), variantFile);
        }
    }
}
