package org.inferscope.app.viewmodel.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inferscope.engine.stats.Verdict;
import org.inferscope.engine.sweep.TuningResult;

/** The lines under the tuner's answer, as {@code inferscope tune} prints them: speed, accuracy, notes, time spent. */
final class TunerEvidence {
    private TunerEvidence() {
    }

    static List<String> lines(TuningResult r) {
        List<String> out = new ArrayList<>();
        if (r.speed() != null) {
            out.add(String.format(Locale.ROOT, "Speed: %s vs FP32 %s rows/s; difference %s: %s.",
                    SweepWords.rate(r.speed().b()), SweepWords.rate(r.speed().a()),
                    SweepWords.rate(r.speed().difference()), speedWords(r.speed().verdict())));
        }
        if (r.latency() != null) {
            out.add(String.format(Locale.ROOT, "Latency: p50 %s vs FP32 %s; difference %s: %s.",
                    SweepWords.micros(r.latency().b()), SweepWords.micros(r.latency().a()),
                    SweepWords.micros(r.latency().difference()), speedWords(r.latency().verdict())));
        }
        if (r.accuracy() != null) {
            out.add(String.format(Locale.ROOT, "Accuracy: McNemar on %,d rows: %d right only in FP32, %d only in the"
                            + " variant, p = %.3f: %s.", r.accuracy().rows(), r.accuracy().onlyARight(),
                    r.accuracy().onlyBRight(), r.accuracy().pValue(), accuracyWords(r.accuracy().verdict())));
        }
        r.notes().forEach(n -> out.add("Note: " + n));
        out.add(String.format(Locale.ROOT, "Spent: %.1f s.", r.seconds()));
        return out;
    }

    private static String speedWords(Verdict v) {
        return switch (v) {
            case B_BETTER -> "the variant is significantly faster";
            case A_BETTER -> "FP32 is significantly faster";
            case NO_SIGNIFICANT_DIFFERENCE -> v.words();
        };
    }

    private static String accuracyWords(Verdict v) {
        return switch (v) {
            case B_BETTER -> "the variant is significantly more accurate";
            case A_BETTER -> "FP32 is significantly more accurate";
            case NO_SIGNIFICANT_DIFFERENCE -> v.words();
        };
    }
}
