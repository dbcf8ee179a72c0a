package org.inferscope.app.view;

import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.inferscope.app.viewmodel.ThemePreference;
import org.inferscope.app.viewmodel.WorkbenchViewModel;
import org.kordamp.ikonli.feather.Feather;

/** The commands used most, as icon buttons: open, run, cancel, export, report, and the theme. */
final class WorkbenchToolBar {
    private WorkbenchToolBar() {
    }

    static ToolBar of(WorkbenchViewModel viewModel, ExportActions actions, ThemePreference theme) {
        Button run = button("toolRun", Feather.PLAY, "Run the configuration (Ctrl+R)", viewModel::run);
        run.disableProperty().bind(viewModel.canRunProperty().not());
        Button cancel = button("toolCancel", Feather.SQUARE, "Cancel the runs (Esc)", viewModel::cancel);
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        ToggleButton dark = new ToggleButton(null, Icons.of(Feather.MOON));
        dark.setId("toolDark");
        dark.setTooltip(new Tooltip("Dark theme"));
        dark.selectedProperty().bindBidirectional(theme.darkProperty());
        ToolBar bar = new ToolBar(
                button("toolOpen", Feather.FOLDER, "Open a model or a dataset (Ctrl+O)", actions::open),
                new Separator(), run, cancel, new Separator(),
                button("toolExport", Feather.DOWNLOAD, "Export the comparison as CSV or JSON (Ctrl+E)",
                        actions::exportComparison),
                button("toolReport", Feather.FILE_TEXT, "Save an HTML report (Ctrl+Shift+E)", actions::exportReport),
                new Separator(), dark);
        bar.setId("toolbar");
        return bar;
    }

    private static Button button(String id, Feather icon, String tip, Runnable action) {
        Button button = new Button(null, Icons.of(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }
}
