package org.inferscope.app.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.TransformSpec;

/** Names a configuration the way the legend and the table show it: "digits-mlp · INT8 dynamic · 50% structured". */
public final class ConfigurationLabel {
    private ConfigurationLabel() {
    }

    public static String of(String modelName, TransformSpec spec) {
        List<String> parts = new ArrayList<>();
        parts.add(modelName);
        parts.add(precisionName(spec.precision()) + (spec.perChannel() && isInt8(spec.precision()) ? " per-channel" : ""));
        if (spec.sparsity() > 0) {
            parts.add(Math.round(spec.sparsity() * 100) + "% " + (spec.structured() ? "structured" : "sparse"));
        }
        return String.join(" · ", parts);
    }

    /** "FP32", "INT8 dynamic". */
    public static String precisionName(Precision p) {
        String[] words = p.cliName().split("-", 2);
        String head = words[0].toUpperCase(Locale.ROOT);
        return words.length == 1 ? head : head + " " + words[1];
    }

    static boolean isInt8(Precision p) {
        return p == Precision.INT8_DYNAMIC || p == Precision.INT8_STATIC || p == Precision.INT8_WEIGHTS;
    }
}
