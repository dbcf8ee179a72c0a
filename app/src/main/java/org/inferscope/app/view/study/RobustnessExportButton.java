package org.inferscope.app.view.study;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import org.inferscope.app.view.Icons;
import org.kordamp.ikonli.feather.Feather;

/** "Export" with the study's data as CSV or JSON: the view only asks where; the view model writes. */
final class RobustnessExportButton {
    private RobustnessExportButton() {
    }

    /** @param name the files' default name, without extension ("robustness-curve") */
    static MenuButton of(String name, Consumer<Path> csv, Consumer<Path> json) {
        MenuButton button = new MenuButton("Export", Icons.of(Feather.DOWNLOAD));
        MenuItem asCsv = new MenuItem("Data as CSV…", Icons.of(Feather.FILE_TEXT));
        asCsv.setOnAction(e -> ask(button, name + ".csv", "CSV", csv));
        MenuItem asJson = new MenuItem("Data as JSON…", Icons.of(Feather.CODE));
        asJson.setOnAction(e -> ask(button, name + ".json", "JSON", json));
        button.getItems().addAll(asCsv, asJson);
        return button;
    }

    private static void ask(MenuButton owner, String initial, String kind, Consumer<Path> write) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as " + kind);
        chooser.setInitialFileName(initial);
        String extension = initial.substring(initial.lastIndexOf('.'));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*" + extension));
        File file = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        if (file != null) {
            write.accept(file.toPath());
        }
    }
}
