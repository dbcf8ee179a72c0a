package org.inferscope.app.viewmodel.study;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inferscope.app.viewmodel.ConfigurationLabel;
import org.inferscope.app.viewmodel.RunConfiguration;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.sweep.SweepPlan;

/**
 * The sweep's grid as its form edits it: devices × precisions × sparsities × batch sizes over the
 * current configuration, with one sentence when it cannot run and, when it can, how many points it has
 * and about how long they take ({@link SweepPlan#estimate()}).
 */
public final class SweepGrid {
    /** The precisions a sweep offers: the ones that can make a model faster or smaller. */
    public static final List<Precision> PRECISIONS =
            List.of(Precision.FP32, Precision.FP16, Precision.INT8_DYNAMIC, Precision.INT8_STATIC);
    private static final String NO_SUBJECT = "Open a model and a dataset first.";

    private final long roundMillis;
    private final ObservableList<GridChoice<Device>> devices = FXCollections.observableArrayList();
    private final List<GridChoice<Precision>> precisions = new ArrayList<>();
    private final StringProperty sparsities = new SimpleStringProperty(this, "sparsities", "0, 0.5");
    private final BooleanProperty structured = new SimpleBooleanProperty(this, "structured", true);
    private final StringProperty batchSizes = new SimpleStringProperty(this, "batchSizes", "1, 64, 256");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", NO_SUBJECT);
    private final ReadOnlyStringWrapper estimate = new ReadOnlyStringWrapper(this, "estimate", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);
    private RunSpec base;
    private String subjectProblem = NO_SUBJECT;

    /** @param roundMillis the length of one throughput round, for the estimate */
    public SweepGrid(long roundMillis) {
        this.roundMillis = roundMillis;
        for (Precision p : PRECISIONS) {
            GridChoice<Precision> choice = new GridChoice<>(p, ConfigurationLabel.precisionName(p),
                    p != Precision.FP16);
            choice.chosenProperty().addListener((obs, was, now) -> revalidate());
            precisions.add(choice);
        }
        sparsities.addListener((obs, was, now) -> revalidate());
        structured.addListener((obs, was, now) -> revalidate());
        batchSizes.addListener((obs, was, now) -> revalidate());
    }

    /**
     * Fills the form from the workbench's configuration: its device ticked among those that can run the
     * model, FP32, INT8 dynamic and INT8 static plus its own precision, no pruning and 50% (or its own
     * sparsity), its pruning kind and its batch sizes.
     */
    public void prefill(StudySubject subject) {
        RunSpec spec = subject.spec();
        base = spec;
        subjectProblem = "";
        List<GridChoice<Device>> options = new ArrayList<>();
        for (Device d : subject.devices()) {
            boolean chosen = d.qualifiedId().equals(spec.device()) || spec.device() == null && options.isEmpty();
            GridChoice<Device> choice = new GridChoice<>(d, d.displayName() + " (" + d.qualifiedId() + ")", chosen);
            choice.chosenProperty().addListener((obs, was, now) -> revalidate());
            options.add(choice);
        }
        devices.setAll(options);
        TransformSpec t = spec.transform();
        for (GridChoice<Precision> p : precisions) {
            p.chosenProperty().set(p.value() != Precision.FP16 || t.precision() == Precision.FP16);
        }
        sparsities.set(t.sparsity() > 0 && Math.abs(t.sparsity() - 0.5) > 1e-9 ? "0, " + SweepWords.trim(t.sparsity())
                : "0, 0.5");
        structured.set(t.sparsity() <= 0 || t.structured());
        batchSizes.set(String.join(", ", spec.batchSizes().stream().map(String::valueOf).toList()));
        revalidate();
    }

    /** Whether the grid offers exactly the devices that can run the open model now. */
    boolean offersDevicesOf(StudySubject subject) {
        return devices.stream().map(d -> d.value().qualifiedId()).toList()
                .equals(subject.devices().stream().map(Device::qualifiedId).toList());
    }

    /** No configuration can run now: the form says why until the next {@link #prefill}. */
    public void unavailable(String sentence) {
        base = null;
        subjectProblem = sentence == null || sentence.isBlank() ? NO_SUBJECT : sentence;
        revalidate();
    }

    /**
     * The plan of this grid over {@code current} (model, data, warm-up, counts, calibration settings);
     * the grid's own sentence when it is not valid.
     */
    public SweepPlan plan(RunSpec current) {
        String wrong = gridProblem();
        if (!wrong.isEmpty()) {
            throw new BadInputException(wrong);
        }
        List<Integer> batches = parsedBatchSizes();
        TransformSpec t = current.transform();
        TransformSpec calibration = new TransformSpec(Precision.FP32, t.perChannel(), t.calibration(), t.percentile(),
                t.calibrationRows(), 0, false, t.scope());
        RunSpec spec = new RunSpec(current.model(), current.data(), current.dataOptions(), null, current.scaling(),
                current.modes(), batches, current.warmup(), current.iterations(), current.threads(), current.seed(),
                current.classOrder(), calibration);
        List<String> ids = devices.stream().filter(d -> d.chosenProperty().get()).map(d -> d.value().qualifiedId())
                .toList();
        List<Precision> ps = precisions.stream().filter(p -> p.chosenProperty().get()).map(GridChoice::value).toList();
        return new SweepPlan(SweepPlan.SCHEMA_VERSION, spec, ids, ps, parsedSparsities(), structured.get(), batches,
                roundMillis);
    }

    private void revalidate() {
        String wrong = subjectProblem.isEmpty() ? gridProblem() : subjectProblem;
        problem.set(wrong);
        valid.set(wrong.isEmpty());
        if (!wrong.isEmpty()) {
            estimate.set("");
            return;
        }
        SweepPlan plan = plan(base);
        int points = plan.configurations().size();
        estimate.set(points + (points == 1 ? " point" : " points") + ", about " + SweepWords.duration(plan.estimate()));
    }

    /** What is wrong with the grid itself, "" when nothing is. */
    private String gridProblem() {
        if (!devices.isEmpty() && devices.stream().noneMatch(d -> d.chosenProperty().get())) {
            return "Tick at least one device.";
        }
        if (precisions.stream().noneMatch(p -> p.chosenProperty().get())) {
            return "Tick at least one precision.";
        }
        try {
            parsedSparsities();
            parsedBatchSizes();
        } catch (BadInputException e) {
            return e.getMessage();
        }
        return "";
    }

    /** The sparsities typed ("0, 0.5" or "0, 50%"), each once, in the order typed. */
    List<Double> parsedSparsities() {
        Set<Double> values = new LinkedHashSet<>();
        for (String part : parts(sparsities.get())) {
            String text = part.endsWith("%") ? part.substring(0, part.length() - 1).trim() : part;
            double v;
            try {
                v = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
            if (part.endsWith("%")) {
                v /= 100;
            }
            if (!(v >= 0 && v <= RunConfiguration.MAX_SPARSITY + 1e-9)) {
                throw new BadInputException(String.format(Locale.ROOT, "Sparsities must be numbers from 0 to %s"
                        + " separated by commas (0 for no pruning), not '%s'.", RunConfiguration.MAX_SPARSITY, part));
            }
            values.add(Math.round(v * 100) / 100.0);
        }
        if (values.isEmpty()) {
            throw new BadInputException("Type at least one sparsity, e.g. 0, 0.5 (0 for no pruning).");
        }
        return List.copyOf(values);
    }

    /** The batch sizes typed, each once, in the order typed. */
    List<Integer> parsedBatchSizes() {
        Set<Integer> sizes = new LinkedHashSet<>();
        for (String part : parts(batchSizes.get())) {
            try {
                int n = Integer.parseInt(part);
                if (n < 1) {
                    throw new NumberFormatException();
                }
                sizes.add(n);
            } catch (NumberFormatException e) {
                throw new BadInputException("Batch sizes must be whole numbers of 1 or more separated by commas, not '"
                        + part + "'.");
            }
        }
        if (sizes.isEmpty()) {
            throw new BadInputException("Type at least one batch size, e.g. 1, 64, 256.");
        }
        return List.copyOf(sizes);
    }

    private static List<String> parts(String text) {
        List<String> out = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("[,;\\s]+")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    // ---- properties ----

    /** The devices that can run the open model; the configuration's is ticked. */
    public ObservableList<GridChoice<Device>> devices() {
        return devices;
    }

    /** FP32, FP16, INT8 dynamic, INT8 static. */
    public List<GridChoice<Precision>> precisions() {
        return precisions;
    }

    /** Comma-separated sparsities, 0 to 0.95 (or percentages), 0 for no pruning. */
    public StringProperty sparsitiesProperty() {
        return sparsities;
    }

    /** Prune whole hidden units (faster) instead of single weights. */
    public BooleanProperty structuredProperty() {
        return structured;
    }

    /** Comma-separated batch sizes for the throughput of each point. */
    public StringProperty batchSizesProperty() {
        return batchSizes;
    }

    /** Why the sweep cannot start, "" when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** "18 points, about 2 min", "" while the grid is not valid. */
    public ReadOnlyStringProperty estimateProperty() {
        return estimate.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
