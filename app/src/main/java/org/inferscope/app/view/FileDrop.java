package org.inferscope.app.view;

import java.io.File;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import org.inferscope.app.viewmodel.WorkbenchViewModel;

/** Files dropped anywhere on the window are opened as models or datasets. */
final class FileDrop {
    private FileDrop() {
    }

    static void install(Node target, WorkbenchViewModel viewModel) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                viewModel.open(pathsOf(e.getDragboard().getFiles()));
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    private static List<java.nio.file.Path> pathsOf(List<File> files) {
        return files.stream().map(File::toPath).toList();
    }
}
