package org.inferscope.app.view;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import org.inferscope.app.viewmodel.WorkbenchViewModel;

/**
 * Files dropped anywhere on the window are opened as models or datasets; datasets dropped on the
 * comparison (charts and table) each get a run of every configuration compared so far; a pane may take
 * the files dropped on it for itself (the drift report compares them).
 */
public final class FileDrop {
    private FileDrop() {
    }

    static void install(Node target, WorkbenchViewModel viewModel) {
        install(target, viewModel::open);
    }

    static void installOnComparison(Node target, WorkbenchViewModel viewModel) {
        install(target, viewModel::runOnDatasets);
    }

    /** Hands the files dropped on {@code target} to {@code action}; handlers further up never see the drop. */
    public static void install(Node target, Consumer<List<Path>> action) {
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

    private static List<Path> pathsOf(List<File> files) {
        return files.stream().map(File::toPath).toList();
    }
}
