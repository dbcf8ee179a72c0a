package org.inferscope.app.viewmodel.study;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.inferscope.engine.report.chart.LineChartModel;
import org.inferscope.app.viewmodel.ErrorReport;
import org.inferscope.engine.api.BadInputException;

/**
 * The latest outcome of one scenario, its sentence and chart as properties (UI thread), and its export.
 * Before the first run the sentence says what Run will do and the chart is empty.
 */
public final class ScenarioResult<T extends ScenarioOutcome> {
    private final String fileStem;
    private final String placeholder;
    private final LineChartModel empty;
    private final Consumer<ErrorReport> errors;
    private final ReadOnlyObjectWrapper<T> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline");
    private final ReadOnlyStringWrapper setting = new ReadOnlyStringWrapper(this, "setting", "");
    private final ReadOnlyObjectWrapper<LineChartModel> chart = new ReadOnlyObjectWrapper<>(this, "chart");

    /**
     * @param fileStem the export's default file name without extension ("singlestream")
     * @param placeholder the sentence shown before the first run
     * @param empty the chart shown before the first run: its id, title and axes
     */
    ScenarioResult(String fileStem, String placeholder, LineChartModel empty, Consumer<ErrorReport> errors) {
        this.fileStem = fileStem;
        this.placeholder = placeholder;
        this.empty = empty;
        this.errors = errors;
        show(null);
    }

    /** Shows {@code latest}, or the placeholder and the empty chart for null. */
    void show(T latest) {
        outcome.set(latest);
        headline.set(latest == null ? placeholder : latest.headline());
        setting.set(latest == null ? "" : latest.setting());
        chart.set(latest == null ? empty : latest.chart());
    }

    public ReadOnlyObjectProperty<T> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty settingProperty() {
        return setting.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LineChartModel> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** What the chart shows now, for the catalog's SVG export. */
    public LineChartModel chart() {
        return chart.get();
    }

    /** The export's suggested file name with {@code extension} ("csv", "json"). */
    public String fileName(String extension) {
        return fileStem + "." + extension;
    }

    public void exportCsv(Path file) {
        export(() -> ScenarioExport.writeCsv(required(), file));
    }

    public void exportJson(Path file) {
        export(() -> ScenarioExport.writeJson(required(), file));
    }

    private void export(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            errors.accept(ErrorReport.of(e));
        }
    }

    private T required() {
        if (outcome.get() == null) {
            throw new BadInputException("There is nothing to export yet: run the scenario first.");
        }
        return outcome.get();
    }
}
