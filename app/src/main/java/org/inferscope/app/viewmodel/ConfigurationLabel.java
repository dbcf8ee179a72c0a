package org.inferscope.app.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inferscope.engine.api.CalibrationMethod;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.TransformSpec;

/** Names a configuration the way the legend and the table show it: "digits-mlp · INT8 dynamic · 50% structured". */
public final class ConfigurationLabel {
    private ConfigurationLabel() {
    }

    public static String of(String modelName, TransformSpec spec) {
        return of(modelName, spec, 0);
    }

    /**
     * With the threads when set ("· 1 thread") and INT8 static calibration when not the default
     * ("INT8 static (percentile 99.9, 500 rows)"), so that such runs are configurations of their own.
     */
    public static String of(String modelName, TransformSpec spec, int threads) {
        List<String> parts = new ArrayList<>();
        parts.add(modelName);
        parts.add(precisionName(spec.precision()) + (spec.perChannel() && isInt8(spec.precision()) ? " per-channel" : "")
                + calibration(spec));
        if (spec.sparsity() > 0) {
            parts.add(Math.round(spec.sparsity() * 100) + "% " + (spec.structured() ? "structured" : "sparse"));
        }
        if (threads > 0) {
            parts.add(threads + (threads == 1 ? " thread" : " threads"));
        }
        return String.join(" · ", parts);
    }

    private static String calibration(TransformSpec spec) {
        TransformSpec defaults = TransformSpec.none();
        boolean percentile = spec.calibration() == CalibrationMethod.PERCENTILE;
        if (spec.precision() != Precision.INT8_STATIC
                || (!percentile && spec.calibrationRows() == defaults.calibrationRows())) {
            return "";
        }
        return " (" + (percentile ? "percentile " + new java.text.DecimalFormat("0.###", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)).format(spec.percentile())
                : "min/max") + ", " + spec.calibrationRows() + " rows)";
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
