package org.inferscope.app.view;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.Chart;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.inferscope.app.viewmodel.ErrorReport;
import org.inferscope.app.viewmodel.WorkbenchViewModel;

/** The file choosers behind File ▸ Open and the export commands; the writing itself is the view model's or {@link ChartExporter}'s. */
final class ExportActions {
    private final WorkbenchViewModel viewModel;
    private final ChartExporter charts = new ChartExporter();
    private final java.util.function.Supplier<Window> owner;

    ExportActions(WorkbenchViewModel viewModel, java.util.function.Supplier<Window> owner) {
        this.viewModel = viewModel;
        this.owner = owner;
    }

    void open() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a model or a dataset");
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        if (files != null) {
            viewModel.open(files.stream().map(File::toPath).toList());
        }
    }

    /** Asks where to save the comparison; the extension chosen (.csv or .json) decides the format. */
    void exportComparison() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the comparison");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV", "*.csv"),
                new FileChooser.ExtensionFilter("JSON", "*.json"));
        chooser.setInitialFileName("comparison.csv");
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            exportComparison(file.toPath());
        }
    }

    void exportComparison(Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            viewModel.exportJson(file);
        } else {
            viewModel.exportCsv(file);
        }
    }

    void exportChart(Chart chart) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the chart as PNG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        chooser.setInitialFileName(chart.getId() + ".png");
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            exportChart(chart, file.toPath());
        }
    }

    void exportChart(Chart chart, Path file) {
        try {
            charts.writePng(chart, file);
        } catch (RuntimeException e) {
            viewModel.reportError(ErrorReport.of(e));
        }
    }
}
