package org.inferscope.app.view.study;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.inferscope.app.view.Icons;
import org.inferscope.app.viewmodel.study.StudyTask;
import org.kordamp.ikonli.feather.Feather;

/** A study's progress bar, status sentence and Cancel button; the bar and the button only while it runs. */
final class RobustnessTaskBar {
    private RobustnessTaskBar() {
    }

    static HBox of(StudyTask task, Runnable cancel, String idPrefix) {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(180);
        bar.progressProperty().bind(task.progressProperty());
        bar.visibleProperty().bind(task.runningProperty());
        bar.managedProperty().bind(task.runningProperty());
        Label status = new Label();
        status.setId(idPrefix + "Status");
        status.textProperty().bind(task.statusProperty());
        status.setStyle("-fx-text-fill: -color-fg-muted;");
        Button stop = new Button("Cancel", Icons.of(Feather.X_CIRCLE));
        stop.setId(idPrefix + "Cancel");
        stop.visibleProperty().bind(task.runningProperty());
        stop.managedProperty().bind(task.runningProperty());
        stop.setOnAction(e -> cancel.run());
        HBox row = new HBox(8, bar, stop, status);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
