package org.inferscope.plugins.tribuo;

import java.util.ArrayList;
import java.util.List;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.Output;

/**
 * A deserialized Tribuo model that passed the output-type check.
 *
 * @param model the model
 * @param task classification or regression
 * @param fileName the file's name, for messages
 */
record TribuoModel(Model<?> model, OutputTask task, String fileName) {

    /** Feature names in the model's feature-id order: the column order a session expects. */
    String[] featureNames() {
        ImmutableFeatureMap features = model.getFeatureIDMap();
        String[] names = new String[features.size()];
        for (int id = 0; id < names.length; id++) {
            names[id] = features.get(id).getName();
        }
        return names;
    }

    /** For classification, the label names in output-id order (the score columns); else empty. */
    List<String> classLabels() {
        if (task != OutputTask.CLASSIFICATION) {
            return List.of();
        }
        ImmutableOutputInfo<? extends Output<?>> outputs = model.getOutputIDInfo();
        List<String> labels = new ArrayList<>(outputs.size());
        for (int id = 0; id < outputs.size(); id++) {
            labels.add(outputs.getOutput(id).getSerializableForm(false));
        }
        return List.copyOf(labels);
    }
}
