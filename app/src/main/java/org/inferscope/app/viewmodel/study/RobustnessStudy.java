package org.inferscope.app.viewmodel.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inferscope.engine.report.chart.LineChartModel;
import org.inferscope.app.viewmodel.ComparisonRow;
import org.inferscope.app.viewmodel.ErrorReport;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.robustness.Perturbation;

/**
 * The robustness curve: accuracy (or MSE) of the current configuration, or of every configuration in the
 * comparison, as Gaussian noise or feature dropout grows. Validates the levels, runs on the engine thread
 * through a {@link StudyTask}, and writes the curves as CSV and JSON.
 */
public final class RobustnessStudy {
    private final StudyContext context;
    private final StudyTask task;
    private final CurveMeasurement measurement;
    private final ObjectProperty<Perturbation.Kind> kind = new SimpleObjectProperty<>(this, "kind",
            Perturbation.Kind.GAUSSIAN_NOISE);
    private final StringProperty levels = new SimpleStringProperty(this, "levels",
            PerturbationLevels.defaults(Perturbation.Kind.GAUSSIAN_NOISE));
    private final BooleanProperty everyConfiguration = new SimpleBooleanProperty(this, "everyConfiguration", false);
    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper(this, "validation", "");
    private final ReadOnlyBooleanWrapper canRun = new ReadOnlyBooleanWrapper(this, "canRun");
    private final ReadOnlyObjectWrapper<RobustnessCurves> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<LineChartModel> chart = new ReadOnlyObjectWrapper<>(this, "chart",
            RobustnessCurves.emptyChart(Perturbation.Kind.GAUSSIAN_NOISE));
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ObservableList<CurveRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CurveRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);

    public RobustnessStudy(StudyContext context) {
        this.context = context;
        this.task = new StudyTask(context);
        this.measurement = new CurveMeasurement(context.evaluation());
        kind.addListener((obs, was, now) -> switchDefaults(was, now));
        levels.addListener((obs, was, now) -> revalidate());
        canRun.bind(Bindings.createBooleanBinding(() -> validation.get().isEmpty() && !task.runningProperty().get(),
                validation, task.runningProperty()));
    }

    /** Measures the curves with the settings chosen now; refused, with a sentence, while they are invalid. */
    public void run() {
        List<Double> chosen;
        try {
            chosen = PerturbationLevels.parse(levels.get(), kind.get());
        } catch (BadInputException e) {
            context.errors().accept(ErrorReport.of(e));
            return;
        }
        Perturbation.Kind k = kind.get();
        boolean every = everyConfiguration.get();
        List<ComparisonRow> runs = List.copyOf(context.runs().get());
        task.start("Robustness curve", (subject, progress) -> measurement.measure(
                every ? CurveConfiguration.ofComparison(subject, runs) : List.of(CurveConfiguration.current(subject, runs)),
                subject.dataset(), k, chosen, progress), this::show);
    }

    public void cancel() {
        task.cancel();
    }

    private void show(RobustnessCurves curves) {
        result.set(curves);
        chart.set(curves.chart());
        List<CurveRow> all = new ArrayList<>();
        curves.curves().forEach(c -> c.points().forEach(p -> all.add(new CurveRow(c.configuration(), c.colour(), p,
                curves.reportsAccuracy()))));
        rows.setAll(all);
        headline.set(RobustnessHeadline.of(curves));
    }

    /** Another kind starts from its own default levels, unless the user typed levels of their own. */
    private void switchDefaults(Perturbation.Kind was, Perturbation.Kind now) {
        if (levels.get().equals(PerturbationLevels.defaults(was))) {
            levels.set(PerturbationLevels.defaults(now));
        }
        revalidate();
        if (result.get() == null) {
            chart.set(RobustnessCurves.emptyChart(now));
        }
    }

    private void revalidate() {
        validation.set(PerturbationLevels.problem(levels.get(), kind.get()));
    }

    // ---- export ----

    /** One row per configuration and level. */
    public void writeCsv(Path file) {
        export(curves -> CurveAndDriftFiles.writeCsv(RobustnessExport.CSV_HEADER, RobustnessExport.csvRows(curves), file));
    }

    /** The curves, their settings and what could not be measured. */
    public void writeJson(Path file) {
        export(curves -> CurveAndDriftFiles.writeJson(curves, file));
    }

    private void export(java.util.function.Consumer<RobustnessCurves> write) {
        if (result.get() == null) {
            context.errors().accept(new ErrorReport("There is no robustness curve to export yet: measure one first.", ""));
            return;
        }
        try {
            write.accept(result.get());
        } catch (RuntimeException e) {
            context.errors().accept(ErrorReport.of(e));
        }
    }

    // ---- properties ----

    public ObjectProperty<Perturbation.Kind> kindProperty() {
        return kind;
    }

    /** The levels as typed: "0, 0.1, 0.25, 0.5, 1". */
    public StringProperty levelsProperty() {
        return levels;
    }

    /** Whether to measure every configuration of the comparison rather than the current one. */
    public BooleanProperty everyConfigurationProperty() {
        return everyConfiguration;
    }

    /** What is wrong with the levels, in one sentence; empty when they can be measured. */
    public ReadOnlyStringProperty validationProperty() {
        return validation.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRunProperty() {
        return canRun.getReadOnlyProperty();
    }

    /** The last curves measured; null before the first. */
    public ReadOnlyObjectProperty<RobustnessCurves> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LineChartModel> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** One sentence per configuration on how far it holds up; empty before the first curve. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** The table: every configuration at every level. */
    public ObservableList<CurveRow> rows() {
        return readOnlyRows;
    }

    /** Running, progress and status of the measurement. */
    public StudyTask task() {
        return task;
    }

    /** The kind as the choice box names it. */
    public static String kindName(Perturbation.Kind kind) {
        return kind == Perturbation.Kind.GAUSSIAN_NOISE ? "Gaussian noise (σ in standard deviations)"
                : "Feature dropout (fraction of cells set to 0)";
    }
}
