package org.inferscope.app.viewmodel.study;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.sweep.AccuracyTuner;
import org.inferscope.engine.sweep.TuningObjective;

/**
 * "Find the fastest configuration within [1.0] points of FP32": the tuner's settings as typed, with
 * one sentence when they cannot run.
 */
public final class TunerForm {
    private static final Pattern DURATION = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(ms|s|sec|secs|seconds?|m|min|mins|minutes?|h|hours?)?");

    private final StringProperty within = new SimpleStringProperty(this, "within", "1.0");
    private final ObjectProperty<TuningObjective> objective =
            new SimpleObjectProperty<>(this, "objective", TuningObjective.THROUGHPUT);
    private final StringProperty budget = new SimpleStringProperty(this, "budget", "2 min");
    private final StringProperty batch = new SimpleStringProperty(this, "batch", "256");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);

    public TunerForm() {
        List.of(within, budget, batch).forEach(p -> p.addListener((obs, was, now) -> revalidate()));
        objective.addListener((obs, was, now) -> revalidate());
        revalidate();
    }

    /** Takes the configuration's largest batch size, the one throughput is usually read at. */
    public void prefill(StudySubject subject) {
        subject.spec().batchSizes().stream().mapToInt(Integer::intValue).max()
                .ifPresent(b -> batch.set(String.valueOf(b)));
    }

    /** The tuner's settings over the default candidates on {@code device} (null for the first CPU). */
    AccuracyTuner.Settings settings(String device, long seed) {
        int b = batchSize();
        return new AccuracyTuner.Settings(objective.get() == null ? TuningObjective.THROUGHPUT : objective.get(), b,
                withinPoints(), budgetDuration(), AccuracyTuner.defaultCandidates(device, b), seed);
    }

    private void revalidate() {
        String wrong = "";
        try {
            withinPoints();
            budgetDuration();
            batchSize();
        } catch (BadInputException e) {
            wrong = e.getMessage();
        }
        problem.set(wrong);
        valid.set(wrong.isEmpty());
    }

    double withinPoints() {
        String text = within.get() == null ? "" : within.get().trim();
        try {
            double v = Double.parseDouble(text);
            if (v >= 0 && v <= 100) {
                return v;
            }
        } catch (NumberFormatException e) {
            // the sentence below
        }
        throw new BadInputException("The accuracy FP32 may lose is in percentage points from 0 to 100, e.g. 1 or 0.5,"
                + " not '" + text + "'.");
    }

    /** "90 s", "2 min", "1.5 min", "1 h", "500 ms"; a plain number is seconds. */
    Duration budgetDuration() {
        String text = budget.get() == null ? "" : budget.get().trim().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw new BadInputException("'" + text + "' is not a time budget: write e.g. 90 s, 2 min or 1 h.");
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double seconds = unit.equals("ms") ? n / 1000 : unit.startsWith("h") ? n * 3600
                : unit.startsWith("m") ? n * 60 : n;
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    int batchSize() {
        String text = batch.get() == null ? "" : batch.get().trim();
        try {
            int n = Integer.parseInt(text);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the sentence below
        }
        throw new BadInputException("The batch size must be a whole number of 1 or more, not '" + text + "'.");
    }

    // ---- properties ----

    /** Percentage points of FP32's accuracy a configuration may lose, as typed. */
    public StringProperty withinProperty() {
        return within;
    }

    /** What "fastest" means: rows per second at the batch size, or single-row median latency. */
    public ObjectProperty<TuningObjective> objectiveProperty() {
        return objective;
    }

    /** How long to keep trying candidates, as typed ("2 min"); FP32 is always measured, twice. */
    public StringProperty budgetProperty() {
        return budget;
    }

    /** The batch size throughput is measured at, as typed. */
    public StringProperty batchProperty() {
        return batch;
    }

    /** Why the tuner cannot start, "" when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** "throughput (rows/s)", "latency (single-row p50)". */
    public static String words(TuningObjective objective) {
        return objective == TuningObjective.LATENCY ? "latency (single-row p50)" : "throughput (rows/s)";
    }
}
