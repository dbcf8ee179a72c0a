package org.inferscope.engine.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.TransformReport;
import org.inferscope.engine.api.VariantSidecar;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.spi.BackendProvider;
import org.inferscope.engine.spi.LoadedModel;
import org.inferscope.engine.spi.ModelTransformer;

/** Converts a model file into another backend's format and proves that backend loads the result. */
public final class ModelConversion {
    private final ProviderRegistry registry;

    public ModelConversion(ProviderRegistry registry) {
        this.registry = registry;
    }

    /**
     * Writes {@code model} converted to the format of {@code out}'s extension ("m.onnx"), loads it in
     * the backend that opens that format, and returns what describes it. Nothing is left at {@code out}
     * when it fails.
     */
    public VariantSidecar convert(Path model, Path out) {
        BackendProvider source = registry.providerFor(model);
        String format = extensionOf(out);
        ModelTransformer transformer = converterOf(source, format, model);
        BackendProvider target = registry.providers().stream()
                .filter(p -> p != source && p.extensions().contains(format)).findFirst()
                .orElseThrow(() -> new BadInputException("No installed backend runs ." + format + " files: give --out"
                        + " a name ending in one of " + formatsOf(transformer) + "."));
        TransformReport report = transformer.convert(model, format, out);
        try (LoadedModel loaded = target.load(out)) {
            loaded.info();
        } catch (RuntimeException e) {
            VariantEvaluation.deleteQuietly(out);
            throw e;
        }
        return new VariantSidecar(VariantSidecar.SCHEMA_VERSION, model.toString(), FileDigest.sha256(model),
                out.toString(), FileDigest.sha256(out), report, null, 0, RunProvenance.engineVersion(),
                source.displayName() + " " + source.version() + ", verified by " + target.displayName() + " "
                        + target.version(), Instant.now().toString());
    }

    /** The format {@code source} converts {@code model} into that {@code target} opens. */
    static String formatFor(BackendProvider source, BackendProvider target, Path model) {
        Optional<String> format = source.transformer().flatMap(t -> t.conversionFormats().stream()
                .filter(target.extensions()::contains).findFirst());
        return format.orElseThrow(() -> new BadInputException(source.displayName() + " cannot convert "
                + model.getFileName() + " for " + target.displayName() + ": choose a device of "
                + source.displayName() + " (see 'inferscope devices')."));
    }

    private static ModelTransformer converterOf(BackendProvider source, String format, Path model) {
        return source.transformer().filter(t -> t.conversionFormats().contains(format))
                .orElseThrow(() -> new BadInputException(source.displayName() + " cannot convert "
                        + model.getFileName() + " to ." + format + (source.transformer().map(t -> !t.conversionFormats()
                        .isEmpty()).orElse(false) ? ": give --out a name ending in one of "
                        + formatsOf(source.transformer().get()) : "") + "."));
    }

    private static String formatsOf(ModelTransformer transformer) {
        return String.join(", ", transformer.conversionFormats().stream().map(f -> "." + f).toList());
    }

    private static String extensionOf(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        if (dot < 0 || Files.isDirectory(file)) {
            throw new BadInputException("--out " + file + " needs a file name with an extension, such as model.onnx.");
        }
        return name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
