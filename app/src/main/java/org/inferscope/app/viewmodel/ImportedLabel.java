package org.inferscope.app.viewmodel;

import java.nio.file.Path;
import java.util.Map;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.TransformSpec;

/**
 * Names a result measured elsewhere the way the table names its own runs, plus where it ran when that
 * was not this window: "digits-mlp · INT8 dynamic · Spark local[2], 1 executor".
 */
final class ImportedLabel {
    private ImportedLabel() {
    }

    static String of(RunResult result) {
        String file = result.model() == null || result.model().file() == null ? "model"
                : String.valueOf(Path.of(result.model().file()).getFileName());
        TransformSpec spec = result.transform() == null ? TransformSpec.none() : result.transform().spec();
        Map<String, String> settings = result.provenance() == null || result.provenance().settings() == null
                ? Map.of() : result.provenance().settings();
        String label = ConfigurationLabel.of(ModelCard.nameOf(file), spec, threads(settings.get("threads")));
        String master = settings.get("sparkMaster");
        if (master != null) {
            String executors = settings.getOrDefault("sparkExecutors", "?");
            label += " · Spark " + master + ", " + executors + ("1".equals(executors) ? " executor" : " executors");
        }
        return label;
    }

    private static int threads(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
