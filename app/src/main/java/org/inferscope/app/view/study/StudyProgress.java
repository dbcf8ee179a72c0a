package org.inferscope.app.view.study;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.inferscope.app.viewmodel.study.StudyTask;

/** A study's progress bar (indeterminate while its length is unknown) and its status line. */
final class StudyProgress {
    private StudyProgress() {
    }

    static VBox of(StudyTask task, String idPrefix) {
        ProgressBar bar = new ProgressBar(0);
        bar.setId(idPrefix + "Progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(task.progressProperty());
        Label status = new Label();
        status.setId(idPrefix + "Status");
        status.setWrapText(true);
        status.textProperty().bind(task.statusProperty());
        return new VBox(4, bar, status);
    }
}
