package org.inferscope.app.view;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.chart.Chart;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.inferscope.engine.report.chart.ChartModel;
import org.inferscope.engine.report.chart.ChartSvg;
import org.inferscope.app.report.HtmlReport;
import org.inferscope.app.viewmodel.ErrorReport;
import org.inferscope.app.viewmodel.WorkbenchViewModel;

/**
 * The file choosers behind File ▸ Open and the export commands; the writing itself is the view
 * model's (CSV, JSON), {@link ChartExporter}'s (PNG), {@link ChartSvg}'s or
 * {@link HtmlReport}'s.
 */
final class ExportActions {
    private final WorkbenchViewModel viewModel;
    private final ChartExporter charts = new ChartExporter();
    private final java.util.function.Supplier<Window> owner;
    private final Function<Chart, ChartModel> models;

    /** @param models what each chart shows, as data for the SVG export */
    ExportActions(WorkbenchViewModel viewModel, java.util.function.Supplier<Window> owner,
                  Function<Chart, ChartModel> models) {
        this.viewModel = viewModel;
        this.owner = owner;
        this.models = models;
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

    /** Writes the included runs, with the intervals of those that kept their raw samples. */
    void exportComparison(Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            viewModel.exportJson(file);
        } else {
            viewModel.exportCsv(file);
        }
    }

    void exportChart(Chart chart) {
        File file = askWhere("Save the chart as PNG", "PNG image", chart.getId() + ".png");
        if (file != null) {
            exportChart(chart, file.toPath());
        }
    }

    void exportChart(Chart chart, Path file) {
        safely(() -> charts.writePng(chart, file));
    }

    void exportSvg(Chart chart) {
        File file = askWhere("Save the chart as SVG", "SVG image", chart.getId() + ".svg");
        if (file != null) {
            exportSvg(chart, file.toPath());
        }
    }

    /** Writes the chart as SVG from the data it shows now. */
    void exportSvg(Chart chart, Path file) {
        safely(() -> ChartSvg.write(models.apply(chart), file));
    }

    void exportReport() {
        File file = askWhere("Save the comparison as an HTML report", "HTML page", "inferscope-report.html");
        if (file != null) {
            exportReport(file.toPath());
        }
    }

    /** Writes every run, its charts and table, as one self-contained HTML page. */
    void exportReport(Path file) {
        safely(() -> HtmlReport.write(viewModel.comparison().included(), file));
    }

    private File askWhere(String title, String kind, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        String extension = initialName.substring(initialName.lastIndexOf('.'));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*" + extension));
        chooser.setInitialFileName(initialName);
        return chooser.showSaveDialog(owner.get());
    }

    private void safely(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            viewModel.reportError(ErrorReport.of(e));
        }
    }
}
