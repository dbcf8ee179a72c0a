package org.inferscope.app.view;

import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import org.inferscope.app.history.Comparison;
import org.inferscope.app.viewmodel.WorkbenchViewModel;
import org.kordamp.ikonli.feather.Feather;

/** The History menu: start, rename or delete a comparison, and switch to any saved one. */
final class HistoryMenu {
    private final WorkbenchViewModel viewModel;
    private final Menu menu = new Menu("History");
    private final ToggleGroup shown = new ToggleGroup();

    private HistoryMenu(WorkbenchViewModel viewModel) {
        this.viewModel = viewModel;
    }

    static Menu of(WorkbenchViewModel viewModel) {
        HistoryMenu history = new HistoryMenu(viewModel);
        history.menu.setId("historyMenu");
        InvalidationListener rebuild = o -> history.rebuild();
        viewModel.comparisons().addListener(rebuild);
        viewModel.currentComparisonProperty().addListener(rebuild);
        history.rebuild();
        return history.menu;
    }

    private void rebuild() {
        menu.getItems().setAll(
                WorkbenchMenu.item("New comparison…", null, this::create, Feather.PLUS),
                WorkbenchMenu.item("Rename comparison…", null, this::rename, Feather.EDIT_2),
                WorkbenchMenu.item("Delete comparison…", null, this::delete, Feather.TRASH_2),
                new SeparatorMenuItem());
        viewModel.comparisons().forEach(c -> menu.getItems().add(switchItem(c)));
    }

    private void create() {
        askName("New comparison", "").ifPresent(viewModel::newComparison);
    }

    private void rename() {
        askName("Rename comparison", currentName()).ifPresent(viewModel::renameComparison);
    }

    private void delete() {
        confirmDelete().ifPresent(ok -> viewModel.deleteComparison());
    }

    private MenuItem switchItem(Comparison comparison) {
        RadioMenuItem item = new RadioMenuItem(comparison.name() + "  (" + comparison.runCount()
                + (comparison.runCount() == 1 ? " run)" : " runs)"));
        item.setToggleGroup(shown);
        item.setSelected(comparison.id() == currentId());
        item.setOnAction(e -> viewModel.switchTo(comparison.id()));
        return item;
    }

    private Optional<String> askName(String title, String name) {
        TextInputDialog dialog = new TextInputDialog(name);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText("Name:");
        return dialog.showAndWait();
    }

    private Optional<ButtonType> confirmDelete() {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Delete the comparison \"" + currentName()
                + "\" and its saved runs? This cannot be undone.", ButtonType.CANCEL, ButtonType.OK);
        alert.setHeaderText(null);
        alert.setTitle("Delete comparison");
        return alert.showAndWait().filter(ButtonType.OK::equals);
    }

    private String currentName() {
        Comparison current = viewModel.currentComparisonProperty().get();
        return current == null ? "" : current.name();
    }

    private long currentId() {
        Comparison current = viewModel.currentComparisonProperty().get();
        return current == null ? -1 : current.id();
    }
}
