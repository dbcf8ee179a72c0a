package org.inferscope.app.viewmodel.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inferscope.app.viewmodel.ConfigurationLabel;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.RunSpec;

/** Reads the numbers typed into a scenario's settings; each problem is one sentence naming the field. */
final class ScenarioSettings {
    private ScenarioSettings() {
    }

    /** A whole number from {@code min} to {@code max}. */
    static int whole(String text, String field, int min, int max) {
        try {
            int value = Integer.parseInt(text.strip().replace(",", "").replace("_", ""));
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // the sentence below says what is wanted
        }
        throw new BadInputException(String.format(Locale.ROOT, "%s must be a whole number from %,d to %,d.",
                field, min, max));
    }

    /** A number above {@code min} ({@code orEqual}: or equal to it); else {@code sentence} as the problem. */
    static double number(String text, double min, boolean orEqual, String sentence) {
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isFinite(value) && (value > min || orEqual && value == min)) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // the sentence says what is wanted
        }
        throw new BadInputException(sentence);
    }

    /** Batch sizes typed as "1, 32, 256", in order, duplicates dropped. */
    static List<Integer> batchSizes(String text) {
        List<Integer> sizes = new ArrayList<>();
        for (String part : text.strip().split("[,\\s]+")) {
            int size = whole(part.isEmpty() ? "x" : part, "Each batch size", 1, 1_000_000);
            if (!sizes.contains(size)) {
                sizes.add(size);
            }
        }
        return sizes;
    }

    /** The first problem with the settings, or "" when Run can go ahead. */
    static String problem(Runnable check) {
        try {
            check.run();
            return "";
        } catch (BadInputException e) {
            return e.getMessage();
        }
    }

    /** {@code base} with other counts and batch sizes; the scenario chooses the modes itself. */
    static RunSpec withCounts(RunSpec base, int iterations, List<Integer> batchSizes) {
        return new RunSpec(base.model(), base.data(), base.dataOptions(), base.device(), base.scaling(), base.modes(),
                batchSizes, base.warmup(), iterations, base.threads(), base.seed(), base.classOrder(), base.transform());
    }

    /** "digits-mlp · INT8 dynamic on onnxruntime:cpu". */
    static String configuration(StudySubject subject) {
        String device = subject.spec().device() != null ? subject.spec().device()
                : subject.devices().isEmpty() ? "the first CPU" : subject.devices().get(0).qualifiedId();
        return ConfigurationLabel.of(subject.modelName(), subject.spec().transform(),
                subject.spec().threads())
                + " on " + device;
    }
}
