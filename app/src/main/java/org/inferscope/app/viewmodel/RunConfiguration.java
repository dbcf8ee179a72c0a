package org.inferscope.app.viewmodel;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.PruningScope;
import org.inferscope.engine.api.Scaling;
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
    private final ObjectProperty<CalibrationMethod> calibration =
            new SimpleObjectProperty<>(this, "calibration", CalibrationMethod.MIN_MAX);
    private final DoubleProperty percentile = new SimpleDoubleProperty(this, "percentile", 99.99);
    private final IntegerProperty calibrationRows = new SimpleIntegerProperty(this, "calibrationRows", 300);
    private final IntegerProperty threads = new SimpleIntegerProperty(this, "threads", 0);
    private final StringProperty scaleDivisor = new SimpleStringProperty(this, "scaleDivisor", "1");
    private final StringProperty scaleMean = new SimpleStringProperty(this, "scaleMean", "0");
    private final StringProperty scaleStd = new SimpleStringProperty(this, "scaleStd", "1");
    private final StringProperty targetColumn = new SimpleStringProperty(this, "targetColumn", "");
    private final BooleanBinding staticInt8 = Bindings.createBooleanBinding(
            () -> precision.get() == Precision.INT8_STATIC, precision);

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

    /** INT8 static: how activation ranges are chosen from the calibration rows. */
    public ObjectProperty<CalibrationMethod> calibrationProperty() {
        return calibration;
    }

    /** INT8 static with {@link CalibrationMethod#PERCENTILE}: above 50, at most 100. */
    public DoubleProperty percentileProperty() {
        return percentile;
    }

    /** INT8 static: rows of the dataset to calibrate on. */
    public IntegerProperty calibrationRowsProperty() {
        return calibrationRows;
    }

    /** True when the precision is INT8 static, the only one that calibrates. */
    public BooleanBinding staticInt8() {
        return staticInt8;
    }

    /** Intra-op threads, 0 for the backend's choice. */
    public IntegerProperty threadsProperty() {
        return threads;
    }

    /** Input scaling {@code x' = (x / divisor - mean) / std}, each as typed. */
    public StringProperty scaleDivisorProperty() {
        return scaleDivisor;
    }

    public StringProperty scaleMeanProperty() {
        return scaleMean;
    }

    public StringProperty scaleStdProperty() {
        return scaleStd;
    }

    /** The target column's name or 0-based index; blank for the last column. Changing it reopens the dataset. */
    public StringProperty targetColumnProperty() {
        return targetColumn;
    }

    /** Every property whose change can change {@link #problem()}. */
    List<ObservableValue<?>> observables() {
        return List.of(precision, perChannel, sparsity, structured, batchSizes, warmup, iterations, calibration,
                percentile, calibrationRows, threads, scaleDivisor, scaleMean, scaleStd);
    }

    /** One sentence saying what is wrong with the settings, or "" when a run can start. */
    public String problem() {
        try {
            parsedBatchSizes();
            transform();
            scaling();
        } catch (BadInputException e) {
            return e.getMessage();
        }
        if (warmup.get() < 0 || iterations.get() < 1) {
            return "Warm-up must be 0 or more and iterations 1 or more.";
        }
        if (threads.get() < 0) {
            return "Threads must be 0 (the backend's choice) or more.";
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
        boolean calibrates = precision.get() == Precision.INT8_STATIC;
        return new TransformSpec(precision.get(), int8 && perChannel.get(),
                calibrates ? calibration.get() : CalibrationMethod.MIN_MAX, calibrates ? percentile.get() : 99.99,
                calibrates ? calibrationRows.get() : 300, rounded, rounded > 0 && structured.get(), PruningScope.PER_LAYER);
    }

    /** The input scaling typed; the engine's sentence when a number is not one, or zero where it divides. */
    public Scaling scaling() {
        return new Scaling(number("scaling divisor", scaleDivisor.get()), number("scaling mean", scaleMean.get()),
                number("scaling standard deviation", scaleStd.get()));
    }

    /** How to read the dataset: the target column typed, else the last one. */
    public DatasetOptions datasetOptions() {
        String column = targetColumn.get() == null ? "" : targetColumn.get().trim();
        return DatasetOptions.defaults().withTargetColumn(column.isEmpty() ? null : column);
    }

    private static double number(String what, String text) {
        try {
            return Double.parseDouble(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException("The " + what + " must be a number, not '" + (text == null ? "" : text.trim()) + "'.");
        }
    }
}
