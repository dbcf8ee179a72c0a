package org.inferscope.app.viewmodel.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.robustness.Perturbation;

/**
 * The levels a robustness curve is measured at, as the user types them ("0, 0.1, 0.25, 0.5, 1"): checked,
 * sorted and without repeats. The defaults are the command line's.
 */
public final class PerturbationLevels {
    /** More levels than this take long and crowd the chart. */
    static final int MOST = 20;

    private PerturbationLevels() {
    }

    /** The command line's default levels for {@code kind}. */
    public static String defaults(Perturbation.Kind kind) {
        return kind == Perturbation.Kind.GAUSSIAN_NOISE ? "0, 0.1, 0.25, 0.5, 1" : "0, 0.1, 0.2, 0.3, 0.5";
    }

    /** What is wrong with {@code text} for {@code kind}, in one sentence; empty when it can be measured. */
    public static String problem(String text, Perturbation.Kind kind) {
        try {
            parse(text, kind);
            return "";
        } catch (BadInputException e) {
            return e.getMessage();
        }
    }

    /** The levels in ascending order, or a {@link BadInputException} saying what to type instead. */
    public static List<Double> parse(String text, Perturbation.Kind kind) {
        String[] parts = text == null ? new String[0] : text.trim().split("[,;\\s]+");
        if (parts.length == 0 || parts[0].isEmpty()) {
            throw new BadInputException("Type the levels to measure, separated by commas (for example "
                    + defaults(kind) + ").");
        }
        TreeSet<Double> levels = new TreeSet<>();
        for (String part : parts) {
            levels.add(level(part, kind));
        }
        if (levels.size() > MOST) {
            throw new BadInputException("Measure at most " + MOST + " levels (" + levels.size() + " given).");
        }
        return new ArrayList<>(levels);
    }

    private static double level(String part, Perturbation.Kind kind) {
        double value;
        try {
            value = Double.parseDouble(part);
        } catch (NumberFormatException e) {
            throw new BadInputException("Levels are numbers separated by commas; \"" + part + "\" is not a number.");
        }
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new BadInputException("Levels must be 0 or more, not " + part + ".");
        }
        if (kind == Perturbation.Kind.FEATURE_DROPOUT && value > 1) {
            throw new BadInputException("Dropout levels are fractions of cells between 0 and 1, not " + part + ".");
        }
        return value;
    }

    /** A level as the headline and the chart say it: "σ = 0.25", "30% dropout". */
    public static String words(Perturbation.Kind kind, double level) {
        return kind == Perturbation.Kind.GAUSSIAN_NOISE ? "σ = " + number(level)
                : number(level * 100) + "% dropout";
    }

    static String number(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString().toLowerCase(Locale.ROOT);
    }
}
