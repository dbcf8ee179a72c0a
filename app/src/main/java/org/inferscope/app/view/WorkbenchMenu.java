package org.inferscope.app.view;

import java.util.List;
import javafx.scene.chart.Chart;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.inferscope.app.viewmodel.WorkbenchViewModel;

/** File, Run and History menus with their shortcuts: Ctrl+O open, Ctrl+R run, Ctrl+E export, Ctrl+Shift+E HTML report; and each chart's context menu. */
final class WorkbenchMenu {
    private WorkbenchMenu() {
    }

    static MenuBar of(WorkbenchViewModel viewModel, ExportActions actions, List<Chart> charts) {
        MenuItem open = item("Open model or dataset…", "Shortcut+O", actions::open);
        MenuItem export = item("Export comparison (CSV/JSON)…", "Shortcut+E", actions::exportComparison);
        Menu chartsMenu = new Menu("Export chart as PNG");
        charts.forEach(c -> chartsMenu.getItems().add(item(c.getTitle(), null, () -> actions.exportChart(c))));
        Menu svgMenu = new Menu("Chart as SVG…");
        charts.forEach(c -> svgMenu.getItems().add(item(c.getTitle(), null, () -> actions.exportSvg(c))));
        Menu exportMenu = new Menu("Export", null, svgMenu, item("Report as HTML…", "Shortcut+Shift+E", actions::exportReport));
        MenuItem quit = item("Quit", "Shortcut+Q", javafx.application.Platform::exit);
        Menu file = new Menu("File", null, open, export, chartsMenu, exportMenu, new SeparatorMenuItem(), quit);
        MenuItem run = item("Run configuration", "Shortcut+R", viewModel::run);
        run.disableProperty().bind(viewModel.canRunProperty().not());
        MenuItem cancel = item("Cancel runs", "Escape", viewModel::cancel);
        Menu runMenu = new Menu("Run", null, run, cancel);
        charts.forEach(c -> installContextMenu(c, actions));
        return new MenuBar(file, runMenu, HistoryMenu.of(viewModel));
    }

    private static void installContextMenu(Chart chart, ExportActions actions) {
        ContextMenu menu = new ContextMenu(item("Save as PNG…", null, () -> actions.exportChart(chart)),
                item("Save as SVG…", null, () -> actions.exportSvg(chart)));
        chart.setOnContextMenuRequested(e -> menu.show(chart, e.getScreenX(), e.getScreenY()));
    }

    private static MenuItem item(String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
