package org.inferscope.app.viewmodel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.binding.Binding;
import org.inferscope.engine.binding.BindingOptions;
import org.inferscope.engine.data.DatasetLoader;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.spi.BackendProvider;
import org.inferscope.engine.spi.LoadedModel;

/** Reads a dropped or opened file as a model when a plugin claims its extension, else as a dataset. Worker thread. */
final class FileOpener {
    private final ProviderRegistry registry;
    private final DatasetLoader loader;

    FileOpener(ProviderRegistry registry, DatasetLoader loader) {
        this.registry = registry;
        this.loader = loader;
    }

    /** A file read as a model or as a dataset: exactly one of the two is set. */
    record Opened(ModelCard model, Dataset dataset, DatasetCard datasetCard) {
    }

    Opened open(Path file) {
        return open(file, DatasetOptions.defaults());
    }

    /** As {@link #open(Path)}, reading a dataset with {@code options} (its target column). */
    Opened open(Path file, DatasetOptions options) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("The file " + file + " does not exist or is not a file: check the path.");
        }
        if (isModel(file)) {
            return new Opened(readModel(file), null, null);
        }
        Dataset data = loader.load(file, options);
        return new Opened(null, data, DatasetCard.of(file, data, loader.describe(data)));
    }

    boolean isModel(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return registry.providers().stream()
                .anyMatch(p -> p.extensions().stream().anyMatch(ext -> name.endsWith("." + ext)));
    }

    private ModelCard readModel(Path file) {
        BackendProvider provider = registry.providerFor(file);
        try (LoadedModel loaded = provider.load(file)) {
            return ModelCard.of(file, provider.id(), loaded.info());
        }
    }

    /** Why {@code data} cannot feed {@code card}'s model, in one sentence; "" when it can or either is missing. */
    static String bindingProblem(ModelCard card, Dataset data) {
        if (card == null || data == null) {
            return "";
        }
        try {
            Binding.create(card.info(), data, BindingOptions.defaults());
            return "";
        } catch (BadInputException e) {
            return e.getMessage();
        }
    }
}
