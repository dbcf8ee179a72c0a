package org.inferscope.app.view.study;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.inferscope.app.view.Cards;
import org.inferscope.app.view.Icons;
import org.inferscope.app.viewmodel.study.StudyTask;
import org.kordamp.ikonli.feather.Feather;

/** A scenario's settings: a title, what it measures, labelled fields, the problem if any, and its Run button. */
final class ScenarioSettingsPanel {
    static final double WIDTH = 270;
    private final GridPane grid = Cards.grid(6, 100);
    private final VBox box;
    private int rows;

    ScenarioSettingsPanel(String title, String about) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_3);
        Label text = new Label(about);
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        box = new VBox(10, heading, text, grid);
        box.setPrefWidth(WIDTH);
        box.setMinWidth(WIDTH);
        box.setMaxWidth(WIDTH);
    }

    /** A text field bound both ways to {@code property}; the view model reads and checks what is typed. */
    ScenarioSettingsPanel field(String label, StringProperty property, String id, String tip) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        field.setTooltip(new Tooltip(tip));
        return row(label, field);
    }

    ScenarioSettingsPanel row(String label, Node control) {
        Label key = new Label(label);
        key.setWrapText(true);
        grid.addRow(rows++, key, control);
        return this;
    }

    /** A control too wide for the value column (a run's label): its label above it, both across the panel. */
    ScenarioSettingsPanel wide(String label, Node control) {
        grid.add(new Label(label), 0, rows++, 2, 1);
        grid.add(control, 0, rows++, 2, 1);
        return this;
    }

    /**
     * Finishes the panel with the problem sentence and the button, which is off while {@code busy} or
     * while there is a problem.
     */
    VBox build(Button action, ObservableStringValue problem, ObservableBooleanValue busy, Node... below) {
        Label why = new Label();
        why.getStyleClass().add("validation");
        why.setWrapText(true);
        why.textProperty().bind(problem);
        why.managedProperty().bind(why.textProperty().isNotEmpty());
        action.getStyleClass().add(Styles.ACCENT);
        action.setDefaultButton(false);
        action.disableProperty().bind(Bindings.createBooleanBinding(() -> busy.get() || !problem.get().isEmpty(),
                busy, problem));
        box.getChildren().addAll(why, action);
        box.getChildren().addAll(below);
        return box;
    }

    /** The scenario running now: what it is doing, its progress, and Cancel. */
    static VBox progress(StudyTask task) {
        Label status = new Label();
        status.setId("scenarioStatus");
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        status.setWrapText(true);
        status.textProperty().bind(task.statusProperty());
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(task.progressProperty());
        bar.visibleProperty().bind(task.runningProperty());
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button("Cancel", Icons.of(Feather.SQUARE));
        cancel.setId("cancelScenario");
        cancel.disableProperty().bind(task.runningProperty().not());
        cancel.setOnAction(e -> task.cancel());
        HBox line = new HBox(8, bar, cancel);
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, line, status);
    }

    /** A Run button with the play icon. */
    static Button run(String text, String id, Runnable onRun) {
        Button button = new Button(text, Icons.of(Feather.PLAY));
        button.setId(id);
        button.setOnAction(e -> onRun.run());
        return button;
    }
}
