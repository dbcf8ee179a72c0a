package org.inferscope.app.viewmodel.study;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inferscope.engine.report.chart.BarChartModel;
import org.inferscope.app.viewmodel.ErrorReport;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.robustness.DriftReport;
import org.inferscope.engine.robustness.FeatureDrift;

/**
 * The drift report: the dataset open in the workbench (the reference) against another file the user
 * picks, feature by feature. The file is read and compared on the engine thread.
 */
public final class DriftStudy {
    private final StudyContext context;
    private final StudyTask task;
    private final ReadOnlyObjectWrapper<DriftResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<BarChartModel> chart = new ReadOnlyObjectWrapper<>(this, "chart",
            DriftResult.emptyChart());
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper files = new ReadOnlyStringWrapper(this, "files", "");
    private final ObservableList<FeatureDrift> features = FXCollections.observableArrayList();
    private final ObservableList<FeatureDrift> readOnlyFeatures = FXCollections.unmodifiableObservableList(features);

    public DriftStudy(StudyContext context) {
        this.context = context;
        this.task = new StudyTask(context);
    }

    /** Compares {@code file} with the dataset open now; a file that cannot be read or matched gives its sentence. */
    public void compare(Path file) {
        String name = file.getFileName().toString();
        task.startOnData("Drift report", (subject, progress) -> {
            progress.update(-1, "Reading " + name + "…");
            Dataset current = context.datasets().apply(file);
            progress.cancellation().throwIfCancelled();
            String note = DriftColumns.check(subject.dataset(), current);
            progress.update(-1, "Comparing " + subject.dataset().columns() + " features…");
            return DriftResult.of(subject.dataset().name(), name, note, DriftReport.of(subject.dataset(), current));
        }, this::show);
    }

    /** The first file of a drop; only one is compared at a time. */
    public void compare(List<Path> dropped) {
        if (!dropped.isEmpty()) {
            compare(dropped.get(0));
        }
    }

    public void cancel() {
        task.cancel();
    }

    private void show(DriftResult drift) {
        result.set(drift);
        features.setAll(drift.report().features());
        chart.set(drift.chart());
        headline.set(drift.headline());
        files.set(drift.files());
    }

    // ---- export ----

    /** One row per feature, by descending PSI. */
    public void writeCsv(Path file) {
        export(drift -> CurveAndDriftFiles.writeCsv(DriftResult.CSV_HEADER, drift.csvRows(), file));
    }

    /** The report with its two files and thresholds. */
    public void writeJson(Path file) {
        export(drift -> CurveAndDriftFiles.writeJson(drift, file));
    }

    private void export(Consumer<DriftResult> write) {
        if (result.get() == null) {
            context.errors().accept(new ErrorReport("There is no drift report to export yet: compare a dataset first.", ""));
            return;
        }
        try {
            write.accept(result.get());
        } catch (RuntimeException e) {
            context.errors().accept(ErrorReport.of(e));
        }
    }

    // ---- properties ----

    /** The last report; null before the first. */
    public ReadOnlyObjectProperty<DriftResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BarChartModel> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** How many features drifted and which, or that none did; empty before the first report. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** Which file was compared with which, with their rows. */
    public ReadOnlyStringProperty filesProperty() {
        return files.getReadOnlyProperty();
    }

    /** Every feature, highest PSI first. */
    public ObservableList<FeatureDrift> features() {
        return readOnlyFeatures;
    }

    /** Whether the last report counts {@code feature} as drifted (by PSI or by the KS test). */
    public boolean isDrifted(FeatureDrift feature) {
        return result.get() != null && result.get().report().drifted().contains(feature.feature());
    }

    public StudyTask task() {
        return task;
    }

    /** "0.0123", "1.2e-05": four significant digits. */
    public static String number(double value) {
        return String.format(java.util.Locale.ROOT, "%.4g", value);
    }
}
