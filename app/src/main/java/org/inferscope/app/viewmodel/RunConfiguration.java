package org.inferscope.app.viewmodel;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.CalibrationMethod;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.PruningScope;
import org.inferscope.engine.api.TransformSpec;

/** The settings of the next run as the configuration panel edits them, and their validation. */
public final class RunConfiguration {
    /** The highest sparsity the engine accepts. */
    public static final double MAX_SPARSITY = 0.95;

    private final ObjectProperty<Precision> precision = new SimpleObjectProperty<>(this, "precision", Precision.FP32);
    private final BooleanProperty perChannel = new SimpleBooleanProperty(this, "perChannel", false);
    private final DoubleProperty sparsity = new SimpleDoubleProperty(this, "sparsity", 0);
    private final BooleanProperty structured = new SimpleBooleanProperty(this, "structured", false);
    private final StringProperty batchSizes = new SimpleStringProperty(this, "batchSizes", "1, 32, 256");
    private final IntegerProperty warmup = new SimpleIntegerProperty(this, "warmup", 100);
    private final IntegerProperty iterations = new SimpleIntegerProperty(this, "iterations", 1000);

    public ObjectProperty<Precision> precisionProperty() {
        return precision;
    }

    public BooleanProperty perChannelProperty() {
        return perChannel;
    }

    /** 0 to {@link #MAX_SPARSITY}; the run rounds it to whole percent. */
    public DoubleProperty sparsityProperty() {
        return sparsity;
    }

    public BooleanProperty structuredProperty() {
        return structured;
    }

    /** Comma-separated batch sizes, as typed. */
    public StringProperty batchSizesProperty() {
        return batchSizes;
    }

    public IntegerProperty warmupProperty() {
        return warmup;
    }

    public IntegerProperty iterationsProperty() {
        return iterations;
    }

    /** Every property whose change can change {@link #problem()}. */
    List<ObservableValue<?>> observables() {
        return List.of(precision, perChannel, sparsity, structured, batchSizes, warmup, iterations);
    }

    /** One sentence saying what is wrong with the settings, or "" when a run can start. */
    public String problem() {
        try {
            parsedBatchSizes();
            transform();
        } catch (BadInputException e) {
            return e.getMessage();
        }
        if (warmup.get() < 0 || iterations.get() < 1) {
            return "Warm-up must be 0 or more and iterations 1 or more.";
        }
        return "";
    }

    /** The batch sizes typed, e.g. "1, 32, 256". */
    public List<Integer> parsedBatchSizes() {
        List<Integer> sizes = new ArrayList<>();
        for (String part : batchSizes.get().split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                int n = Integer.parseInt(part.trim());
                if (n < 1) {
                    throw new NumberFormatException();
                }
                sizes.add(n);
            } catch (NumberFormatException e) {
                throw new BadInputException("Batch sizes must be whole numbers of 1 or more separated by commas, not '"
                        + part.trim() + "'.");
            }
        }
        if (sizes.isEmpty()) {
            throw new BadInputException("Type at least one batch size, e.g. 1, 32, 256.");
        }
        return List.copyOf(sizes);
    }

    /** The variant the settings describe; sparsity rounded to whole percent. */
    public TransformSpec transform() {
        double rounded = Math.round(Math.max(0, Math.min(MAX_SPARSITY, sparsity.get())) * 100) / 100.0;
        boolean int8 = ConfigurationLabel.isInt8(precision.get());
        return new TransformSpec(precision.get(), int8 && perChannel.get(), CalibrationMethod.MIN_MAX, 99.99, 300,
                rounded, rounded > 0 && structured.get(), PruningScope.PER_LAYER);
    }
}
