package org.inferscope.engine.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.Fidelity;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.Quality;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.TransformReport;
import org.inferscope.engine.binding.Binding;
import org.inferscope.engine.binding.BindingOptions;
import org.inferscope.engine.spi.BackendProvider;
import org.inferscope.engine.spi.CalibrationData;
import org.inferscope.engine.spi.LoadedModel;
import org.inferscope.engine.spi.ModelTransformer;
import org.inferscope.engine.spi.Session;
import org.inferscope.engine.spi.SessionSettings;

/**
 * A run of a model variant: make it (calibrating on a seeded sample of the rows when needed), score
 * the original on every row as the reference, then measure the variant and compare the two.
 */
final class VariantEvaluation {
    private final Evaluation evaluation;
    private final BackendProvider provider;
    private final BindingOptions options;

    VariantEvaluation(Evaluation evaluation, BackendProvider provider, BindingOptions options) {
        this.evaluation = evaluation;
        this.provider = provider;
        this.options = options;
    }

    Evaluation.Outcome run(RunSpec spec, LoadedModel original, Binding binding, Device device, RunListener events,
                           CancellationToken token) {
        ModelTransformer transformer = provider.transformer().orElseThrow(() -> new BadInputException(
                provider.displayName() + " cannot make " + spec.transform().precision().cliName()
                        + " or pruned variants of " + spec.model().getFileName() + ": convert the model to ONNX first."));
        Path variantFile = tempFileLike(spec.model());
        try {
            events.onPhase(Phase.TRANSFORM, 0);
            TransformReport report = transformer.transform(spec.model(), spec.transform(),
                    calibration(binding, spec.transform().calibrationRows(), spec.seed()), variantFile);
            token.throwIfCancelled();
            events.onPhase(Phase.REFERENCE, binding.data().rows());
            Reference reference = reference(spec, original, binding, device, token);
            try (LoadedModel variant = provider.load(variantFile)) {
                Binding variantBinding = Binding.create(variant.info(), binding.data(), options);
                OutputRecorder recorder = new OutputRecorder(binding.data().rows());
                Evaluation.Outcome measured = evaluation.measure(spec, variant, variantBinding, device,
                        new Evaluation.SessionContextFactory(events, token), recorder);
                Fidelity fidelity = FidelityComparison.compare(reference.recorded(),
                        new FidelityComparison.Recorded(binding.data().rows(), recorder.values(),
                                measured.measured().predictedClasses()),
                        reference.quality(), variantBinding.output().name());
                List<String> notes = new ArrayList<>(measured.notes());
                notes.addAll(report.notes());
                Int8Explanation.forPrecision(spec.transform().precision(), CpuFeatures.detect()).ifPresent(notes::add);
                return new Evaluation.Outcome(measured.measured(), notes, report, fidelity);
            }
        } finally {
            deleteQuietly(variantFile);
        }
    }

    /** The original model on every row, untimed: its quality and outputs are what the variant is held to. */
    static Reference reference(RunSpec spec, LoadedModel original, Binding binding, Device device,
                                       CancellationToken token) {
        SessionSettings settings = new SessionSettings(spec.threads(), binding.input().name(), binding.output().name());
        OutputRecorder recorder = new OutputRecorder(binding.data().rows());
        try (Session session = original.open(device, settings)) {
            QualityPass pass = new QualityPass(new SessionContext(session, binding, binding.prepareAll(),
                    RunListener.NONE, token), recorder);
            Quality quality = pass.run(spec.warmup());
            return new Reference(quality, new FidelityComparison.Recorded(binding.data().rows(), recorder.values(),
                    pass.predictedClasses()));
        }
    }

    /** A seeded sample of rows, laid out for the input, for INT8 static calibration. */
    static CalibrationData calibration(Binding binding, int wanted, long seed) {
        int rows = binding.data().rows();
        int n = Math.min(wanted, rows);
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int i = 0; i < n; i++) { // partial Fisher-Yates: the first n are a uniform sample
            int j = i + random.nextInt(rows - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int width = binding.elementsPerRow();
        float[] prepared = binding.prepareAll();
        float[] values = new float[n * width];
        for (int i = 0; i < n; i++) {
            System.arraycopy(prepared, order[i] * width, values, i * width, width);
        }
        long[] full = binding.shapeFor(1);
        long[] rowShape = java.util.Arrays.copyOfRange(full, 1, full.length);
        return new CalibrationData(binding.input().name(), values, rowShape, n);
    }

    static Path tempFileLike(Path model) {
        String name = String.valueOf(model.getFileName());
        int dot = name.lastIndexOf('.');
        try {
            return Files.createTempFile("inferscope-variant-", dot >= 0 ? name.substring(dot) : ".model");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a temporary file for the variant", e);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the OS cleans its temp folder
        }
    }

    record Reference(Quality quality, FidelityComparison.Recorded recorded) {
    }

    static boolean isInt8(Precision p) {
        return p == Precision.INT8_DYNAMIC || p == Precision.INT8_STATIC || p == Precision.INT8_WEIGHTS;
    }
}
