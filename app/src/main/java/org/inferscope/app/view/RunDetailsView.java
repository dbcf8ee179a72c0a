package org.inferscope.app.view;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.inferscope.app.viewmodel.ComparisonRows;
import org.inferscope.app.viewmodel.RunDetails;

/**
 * The selected run's details: what its transform changed, its fidelity, why INT8 is (not) faster here and
 * its numbers with intervals; or, after "Compare", two selected runs compared.
 */
final class RunDetailsView extends ScrollPane {
    private final VBox content = new VBox(4);

    RunDetailsView(ComparisonRows rows) {
        setId("runDetails");
        setFitToWidth(true);
        content.getStyleClass().add("run-details");
        Button compare = new Button("Compare the two selected runs");
        compare.setId("compareButton");
        compare.getStyleClass().add("small");
        compare.disableProperty().bind(rows.canCompareProperty().not());
        compare.setOnAction(e -> rows.compareSelected());
        setContent(new VBox(6, compare, content));
        rows.detailsProperty().addListener((obs, was, details) -> show(details));
        show(rows.detailsProperty().get());
    }

    private void show(RunDetails details) {
        content.getChildren().clear();
        if (details.sections().isEmpty()) {
            content.getChildren().add(wrapped("Select a run in the table to see what its transform changed, how"
                    + " faithful it is, and why INT8 is or is not faster on this CPU; Ctrl+click a second run to"
                    + " compare the two.", "details-hint"));
            return;
        }
        content.getChildren().add(wrapped(details.title(), "details-title"));
        for (RunDetails.Section section : details.sections()) {
            content.getChildren().add(wrapped(section.heading(), "details-heading"));
            section.lines().forEach(line -> content.getChildren().add(wrapped(line, "details-line")));
        }
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
