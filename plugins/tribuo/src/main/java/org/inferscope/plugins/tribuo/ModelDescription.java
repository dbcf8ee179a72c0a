package org.inferscope.plugins.tribuo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inferscope.engine.api.ElementType;
import org.inferscope.engine.api.ModelInfo;
import org.inferscope.engine.api.TensorSpec;
import org.inferscope.engine.api.ValueKind;
import org.tribuo.Model;
import org.tribuo.common.sgd.AbstractSGDModel;
import org.tribuo.math.la.Tensor;

/**
 * What the engine learns about a Tribuo model: one input "features" of the model's features in
 * feature-id order, one output ("scores" per class, or "value"), and metadata from provenance.
 *
 * <p>The metadata key {@code feature_names} lists the features, comma-separated, in that order: the
 * engine then binds dataset columns by name. A model with a feature name the list cannot carry (a
 * comma, or surrounding spaces) gets no list, and the engine binds by position.
 */
final class ModelDescription {
    static final String INPUT_NAME = "features";
    static final String FEATURE_NAMES_KEY = "feature_names";
    static final String MISSING_FEATURES_KEY = "missing_features";

    private ModelDescription() {
    }

    static ModelInfo of(Path file, TribuoModel tribuo) {
        String[] features = tribuo.featureNames();
        List<String> labels = tribuo.classLabels();
        long width = tribuo.task() == OutputTask.CLASSIFICATION ? labels.size() : 1;
        TensorSpec input = batchOf(INPUT_NAME, features.length);
        TensorSpec output = batchOf(tribuo.task().outputName(), width);
        return new ModelInfo(file, "Tribuo", sizeOf(file), List.of(input), List.of(output), 0, Map.of(),
                parameterCount(tribuo.model()), labels, metadata(tribuo.model(), features));
    }

    private static TensorSpec batchOf(String name, long width) {
        return new TensorSpec(name, ValueKind.TENSOR, ElementType.FLOAT, List.of(-1L, width),
                List.of("batch", ""), "");
    }

    private static Map<String, String> metadata(Model<?> model, String[] features) {
        Map<String, String> metadata = new LinkedHashMap<>();
        if (canListByName(features)) {
            metadata.put(FEATURE_NAMES_KEY, String.join(",", features));
            // Tribuo's features are sparse: one the data lacks is absent, as in training, not an error
            metadata.put(MISSING_FEATURES_KEY, "absent");
        } else {
            metadata.put("feature_names_note", "a feature name holds a comma or surrounding spaces:"
                    + " columns are matched by position, in Tribuo's feature order (sorted by name)");
        }
        metadata.put("model_class", model.getClass().getName());
        metadata.putAll(ProvenanceSummary.of(model.getProvenance()));
        DomainSummary.addTo(metadata, model);
        return metadata;
    }

    static boolean canListByName(String[] features) {
        for (String name : features) {
            if (name.isEmpty() || name.indexOf(',') >= 0 || !name.equals(name.trim())) {
                return false;
            }
        }
        return features.length > 0;
    }

    /** Weights of SGD-trained models (linear, factorization machines, MLPs); -1 for the rest. */
    private static long parameterCount(Model<?> model) {
        if (!(model instanceof AbstractSGDModel<?> sgd)) {
            return -1;
        }
        long count = 0;
        for (Tensor tensor : sgd.getModelParameters().get()) {
            long elements = 1;
            for (int dimension : tensor.getShape()) {
                elements *= dimension;
            }
            count += elements;
        }
        return count;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
