package org.inferscope.engine.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.bench.VariantMaker;
import org.inferscope.engine.binding.Binding;
import org.inferscope.engine.binding.BindingOptions;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.spi.BackendProvider;
import org.inferscope.engine.spi.LoadedModel;
import org.inferscope.engine.spi.Session;
import org.inferscope.engine.spi.SessionSettings;

/**
 * One open session of a spec's model (or of its variant, made first into a temporary file) with the
 * dataset's rows prepared, answering single-row queries for the Server scenario.
 */
public final class ServingSession implements AutoCloseable {
    private final LoadedModel loaded;
    private final Session session;
    private final Binding binding;
    private final float[] prepared;
    private final Path variant;

    private ServingSession(LoadedModel loaded, Session session, Binding binding, Path variant) {
        this.loaded = loaded;
        this.session = session;
        this.binding = binding;
        this.prepared = binding.prepareAll();
        this.variant = variant;
    }

    public static ServingSession open(ProviderRegistry registry, RunSpec spec, Dataset dataset) {
        Path file = spec.model();
        Path variant = null;
        if (!spec.transform().isIdentity()) {
            variant = temporaryFile();
            new VariantMaker(registry).make(spec.model(), spec.transform(), dataset, spec.scaling(), spec.seed(), variant);
            file = variant;
        }
        BackendProvider provider = registry.providerFor(file);
        LoadedModel loaded = provider.load(file);
        try {
            Binding binding = Binding.create(loaded.info(), dataset,
                    new BindingOptions(spec.scaling(), spec.classOrder(), null, null));
            Device device = registry.resolveDevice(provider, spec.device());
            Session session = loaded.open(device, new SessionSettings(spec.threads(), binding.input().name(),
                    binding.output().name()));
            return new ServingSession(loaded, session, binding, variant);
        } catch (RuntimeException e) {
            loaded.close();
            deleteQuietly(variant);
            throw e;
        }
    }

    /** Answers one query: the given row, alone. */
    public void serve(int row) {
        session.predict(binding.batch(prepared, row, 1));
    }

    public int rows() {
        return binding.data().rows();
    }

    @Override
    public void close() {
        session.close();
        loaded.close();
        deleteQuietly(variant);
    }

    private static Path temporaryFile() {
        try {
            return Files.createTempFile("inferscope-serving-", ".onnx");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not create a temporary file for the variant", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary file; the OS cleans its temp folder
        }
    }
}
