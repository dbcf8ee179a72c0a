package org.inferscope.app.view;

import java.io.File;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import org.inferscope.app.viewmodel.WorkbenchViewModel;

/**
 * Files dropped anywhere on the window are opened as models or datasets; datasets dropped on the
 * comparison (charts and table) each get a run of every configuration compared so far.
 */
final class FileDrop {
    private FileDrop() {
    }

    static void install(Node target, WorkbenchViewModel viewModel) {
        install(target, viewModel::open);
    }

    static void installOnComparison(Node target, WorkbenchViewModel viewModel) {
        install(target, viewModel::runOnDatasets);
    }

    private static void install(Node target, java.util.function.Consumer<List<java.nio.file.Path>> action) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                action.accept(pathsOf(e.getDragboard().getFiles()));
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    private static List<java.nio.file.Path> pathsOf(List<File> files) {
        return files.stream().map(File::toPath).toList();
    }
}
