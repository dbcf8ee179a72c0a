package org.inferscope.app.view;

import java.util.List;
import javafx.scene.chart.Chart;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.inferscope.app.viewmodel.ThemePreference;
import org.inferscope.app.viewmodel.WorkbenchViewModel;
import org.kordamp.ikonli.feather.Feather;

/**
 * File, Run, View and History menus with their shortcuts: Ctrl+O open, Ctrl+R run, Ctrl+E export,
 * Ctrl+Shift+E HTML report, Ctrl+Shift+D dark theme; and each chart's context menu.
 */
final class WorkbenchMenu {
    private WorkbenchMenu() {
    }

    static MenuBar of(WorkbenchViewModel viewModel, ExportActions actions, List<Chart> charts, ThemePreference theme) {
        MenuItem open = item("Open model or dataset…", "Shortcut+O", actions::open, Feather.FOLDER);
        MenuItem export = item("Export comparison (CSV/JSON)…", "Shortcut+E", actions::exportComparison, Feather.DOWNLOAD);
        Menu chartsMenu = new Menu("Export chart as PNG", Icons.of(Feather.IMAGE));
        charts.forEach(c -> chartsMenu.getItems().add(item(c.getTitle(), null, () -> actions.exportChart(c), null)));
        Menu svgMenu = new Menu("Chart as SVG…", Icons.of(Feather.BAR_CHART_2));
        charts.forEach(c -> svgMenu.getItems().add(item(c.getTitle(), null, () -> actions.exportSvg(c), null)));
        Menu exportMenu = new Menu("Export", Icons.of(Feather.SHARE), svgMenu,
                item("Report as HTML…", "Shortcut+Shift+E", actions::exportReport, Feather.FILE_TEXT));
        MenuItem quit = item("Quit", "Shortcut+Q", javafx.application.Platform::exit, Feather.LOG_OUT);
        Menu file = new Menu("File", null, open, export, chartsMenu, exportMenu, new SeparatorMenuItem(), quit);
        MenuItem run = item("Run configuration", "Shortcut+R", viewModel::run, Feather.PLAY);
        run.disableProperty().bind(viewModel.canRunProperty().not());
        MenuItem cancel = item("Cancel runs", "Escape", viewModel::cancel, Feather.SQUARE);
        Menu runMenu = new Menu("Run", null, run, cancel);
        CheckMenuItem dark = new CheckMenuItem("Dark theme", Icons.of(Feather.MOON));
        dark.setId("darkTheme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(theme.darkProperty());
        Menu view = new Menu("View", null, dark);
        return new MenuBar(file, runMenu, view, HistoryMenu.of(viewModel));
    }

    static MenuItem item(String text, String shortcut, Runnable action, Feather icon) {
        MenuItem item = new MenuItem(text, icon == null ? null : Icons.of(icon));
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
