package org.inferscope.app.view.study;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import org.inferscope.app.view.Icons;
import org.kordamp.ikonli.feather.Feather;

/** A menu item that asks where to save a file, then hands the path to the view model. */
final class SaveDialog {
    private SaveDialog() {
    }

    static MenuItem item(String text, String kind, String initialName, Node owner, Consumer<Path> save) {
        MenuItem item = new MenuItem(text, Icons.of(Feather.DOWNLOAD));
        item.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(text);
            String extension = initialName.substring(initialName.lastIndexOf('.'));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*" + extension));
            chooser.setInitialFileName(initialName);
            File file = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
            if (file != null) {
                save.accept(file.toPath());
            }
        });
        return item;
    }
}
