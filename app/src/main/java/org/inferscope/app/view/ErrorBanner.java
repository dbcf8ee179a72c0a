package org.inferscope.app.view;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;
import org.inferscope.app.viewmodel.ErrorReport;
import org.inferscope.app.viewmodel.WorkbenchViewModel;

/** Shows the view model's error as one sentence across the top of the window, with "Copy details". */
final class ErrorBanner extends NotificationPane {

    ErrorBanner(Node content, WorkbenchViewModel viewModel) {
        super(content);
        setId("errorBanner");
        setShowFromTop(true);
        setCloseButtonVisible(true);
        getActions().add(new Action("Copy details", this::copyDetails));
        viewModel.errorProperty().addListener((obs, was, error) -> show(error));
        setOnHidden(e -> viewModel.clearError());
        // an error from before the window existed: the run history could not be opened
        if (viewModel.errorProperty().get() != null) {
            javafx.application.Platform.runLater(() -> show(viewModel.errorProperty().get()));
        }
    }

    private void show(ErrorReport error) {
        if (error == null) {
            hide();
            return;
        }
        setUserData(error);
        show(error.sentence());
    }

    private void copyDetails(ActionEvent event) {
        ErrorReport error = (ErrorReport) getUserData();
        ClipboardContent content = new ClipboardContent();
        content.putString(error == null ? "" : error.sentence() + System.lineSeparator() + error.details());
        Clipboard.getSystemClipboard().setContent(content);
    }
}
