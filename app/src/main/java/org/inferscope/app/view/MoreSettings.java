package org.inferscope.app.view;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.inferscope.app.viewmodel.RunConfiguration;

/** The settings changed less often: threads, input scaling and the dataset's target column. */
final class MoreSettings extends TitledPane {

    MoreSettings(RunConfiguration config) {
        setId("moreSettings");
        setText("Threads, scaling, target");
        setExpanded(false);
        GridPane grid = Cards.grid();
        javafx.scene.control.Spinner<Integer> threads =
                ConfigurationPanel.spinner(config.threadsProperty(), 0, 256, 1, "threads");
        threads.setTooltip(new Tooltip("Intra-op threads; 0 lets the backend choose"));
        grid.addRow(0, new Label("Threads"), threads);
        grid.addRow(1, new Label("Scaling"), scaling(config));
        grid.addRow(2, new Label("Target"), target(config));
        setContent(grid);
    }

    /** x' = (x ÷ divisor − mean) ÷ std, three small fields. */
    private static HBox scaling(RunConfiguration config) {
        HBox box = new HBox(4, new Label("÷"), field(config.scaleDivisorProperty(), "scaleDivisor"), new Label("−"),
                field(config.scaleMeanProperty(), "scaleMean"), new Label("÷"), field(config.scaleStdProperty(), "scaleStd"));
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Tooltip.install(box, new Tooltip("Each feature becomes (x ÷ divisor − mean) ÷ std before inference"));
        return box;
    }

    private static TextField field(StringProperty property, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(4);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    /** Committed on Enter or on leaving the field: each change reads the dataset again. */
    private static TextField target(RunConfiguration config) {
        TextField field = new TextField(config.targetColumnProperty().get());
        field.setId("targetColumn");
        field.setPromptText("last column");
        field.setTooltip(new Tooltip("The target column's name or 0-based index; Enter to read the dataset again"));
        field.setOnAction(e -> config.targetColumnProperty().set(field.getText()));
        field.focusedProperty().addListener((obs, was, focused) -> commitOnLeave(field, focused, config));
        return field;
    }

    private static void commitOnLeave(TextField field, boolean focused, RunConfiguration config) {
        if (!focused) {
            config.targetColumnProperty().set(field.getText());
        }
    }
}
