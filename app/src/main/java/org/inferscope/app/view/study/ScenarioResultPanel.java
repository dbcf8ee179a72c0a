package org.inferscope.app.view.study;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.inferscope.app.view.ChartCatalog;
import org.inferscope.app.view.Icons;
import org.inferscope.app.view.LineChartView;
import org.inferscope.app.viewmodel.study.ScenarioResult;
import org.kordamp.ikonli.feather.Feather;

/**
 * A scenario's result: its sentence, what was measured, the chart (PNG/SVG from its context menu), the
 * numbers as a table, and Export for CSV and JSON.
 */
final class ScenarioResultPanel {
    private ScenarioResultPanel() {
    }

    /** @param id the scenario's id prefix ("singleStream"): the nodes are "singleStreamHeadline", … */
    static VBox of(String id, ScenarioResult<?> result, ChartCatalog charts) {
        Label headline = new Label();
        headline.setId(id + "Headline");
        headline.getStyleClass().add(Styles.TITLE_4);
        headline.setWrapText(true);
        headline.setMinHeight(Region.USE_PREF_SIZE);
        headline.textProperty().bind(result.headlineProperty());
        Label setting = new Label();
        setting.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        setting.setWrapText(true);
        setting.setMinHeight(Region.USE_PREF_SIZE);
        setting.textProperty().bind(result.settingProperty());
        setting.managedProperty().bind(setting.textProperty().isNotEmpty());
        LineChartView chart = new LineChartView(result.chart());
        result.chartProperty().addListener((obs, was, now) -> chart.show(now));
        charts.register(chart.node(), result::chart);
        VBox.setVgrow(chart.node(), Priority.ALWAYS);
        GridPane table = ScenarioTableGrid.of(id + "Table");
        result.outcomeProperty().addListener((obs, was, now) -> ScenarioTableGrid.show(table, now == null ? null
                : now.table()));
        VBox box = new VBox(8, headline, setting, chart.node(), table);
        box.setId(id + "Result");
        return box;
    }

    /** Export ▾ with CSV and JSON of the result {@code shown} now; off while there is none. */
    static MenuButton exportMenu(ObservableValue<ScenarioResult<?>> shown) {
        MenuButton export = new MenuButton("Export", Icons.of(Feather.DOWNLOAD),
                item("Data as CSV…", "CSV", shown, "csv"), item("Data as JSON…", "JSON", shown, "json"));
        export.setId("scenarioExport");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setDisable(true);
        shown.addListener((obs, was, now) -> export.disableProperty().bind(now.outcomeProperty().isNull()));
        return export;
    }

    private static MenuItem item(String text, String kind, ObservableValue<ScenarioResult<?>> shown,
                                 String extension) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> askWhere(item, kind, shown.getValue().fileName(extension)).ifPresent(file -> write(
                shown.getValue(), extension, file)));
        return item;
    }

    private static void write(ScenarioResult<?> result, String extension, Path file) {
        if ("csv".equals(extension)) {
            result.exportCsv(file);
        } else {
            result.exportJson(file);
        }
    }

    private static Optional<Path> askWhere(MenuItem item, String kind, String fileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the scenario's data as " + kind);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*" + fileName.substring(
                fileName.lastIndexOf('.'))));
        chooser.setInitialFileName(fileName);
        File file = chooser.showSaveDialog(item.getParentPopup() == null ? null : item.getParentPopup().getOwnerWindow());
        return Optional.ofNullable(file).map(File::toPath);
    }
}
