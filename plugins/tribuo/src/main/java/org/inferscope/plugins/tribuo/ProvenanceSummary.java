package org.inferscope.plugins.tribuo;

import com.oracle.labs.mlrg.olcut.provenance.ObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.PrimitiveProvenance;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tribuo.provenance.DataProvenance;
import org.tribuo.provenance.DatasetProvenance;
import org.tribuo.provenance.ModelProvenance;
import org.tribuo.provenance.TrainerProvenance;

/**
 * A short reading of a model's Tribuo provenance for {@link org.inferscope.engine.api.ModelInfo}
 * metadata: the trainer, Tribuo version, training data, and a few of the trainer's settings. Never
 * throws: provenance is description, not something a model needs to run.
 */
final class ProvenanceSummary {
    private static final int MAX_SETTINGS = 8;
    private static final int MAX_VALUE = 80;
    /** Trainer entries that are bookkeeping, not hyper-parameters. */
    private static final Set<String> SKIPPED = Set.of("class-name", "host-short-name", "tribuo-version",
            "train-invocation-count", "is-sequence", "java-version", "os-name", "os-arch");
    private static final Set<String> SOURCE_KEYS = Set.of("description", "dataPath", "path", "uri", "url");

    private ProvenanceSummary() {
    }

    static Map<String, String> of(ModelProvenance provenance) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            TrainerProvenance trainer = provenance.getTrainerProvenance();
            out.put("trainer", trainer.getClassName());
            out.put("tribuo_version", provenance.getTribuoVersion());
            out.put("training_data", describe(provenance.getDatasetProvenance()));
            out.putAll(settings(trainer));
        } catch (RuntimeException e) {
            out.put("provenance_note", "provenance could not be read: " + Messages.shorten(e));
        }
        return out;
    }

    private static String describe(DatasetProvenance data) {
        DataProvenance source = data.getSourceProvenance();
        String what = source == null ? "" : sourceDescription(source);
        return (what.isEmpty() ? "" : what + "; ") + data.getNumExamples() + " examples, "
                + data.getNumFeatures() + " features, " + data.getNumOutputs() + " outputs";
    }

    private static String sourceDescription(DataProvenance source) {
        for (Pair<String, Provenance> entry : source) {
            if (SOURCE_KEYS.contains(entry.getA()) && entry.getB() instanceof PrimitiveProvenance<?> p) {
                return clip(String.valueOf(p.getValue()));
            }
        }
        return simpleName(source.getClassName());
    }

    /** Primitive settings as they are, nested objects (optimiser, loss) by class, sorted by name. */
    private static Map<String, String> settings(TrainerProvenance trainer) {
        Map<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, Provenance> entry : trainer.getConfiguredParameters().entrySet()) {
            String key = entry.getKey();
            Provenance value = entry.getValue();
            if (SKIPPED.contains(key)) {
                continue;
            }
            if (value instanceof PrimitiveProvenance<?> p) {
                sorted.put("trainer." + key, clip(String.valueOf(p.getValue())));
            } else if (value instanceof ObjectProvenance o) {
                sorted.put("trainer." + key, simpleName(o.getClassName()));
            }
        }
        Map<String, String> few = new LinkedHashMap<>();
        sorted.entrySet().stream().limit(MAX_SETTINGS).forEach(e -> few.put(e.getKey(), e.getValue()));
        return few;
    }

    private static String simpleName(String className) {
        return className == null ? "" : className.substring(className.lastIndexOf('.') + 1);
    }

    private static String clip(String value) {
        String line = value.replaceAll("\\s+", " ").trim();
        return line.length() <= MAX_VALUE ? line : line.substring(0, MAX_VALUE) + "…";
    }
}
