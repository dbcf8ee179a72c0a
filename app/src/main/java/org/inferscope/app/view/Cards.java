package org.inferscope.app.view;

import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** The label-value grid the cards share. */
final class Cards {
    private Cards() {
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints key = new ColumnConstraints();
        key.setMinWidth(90);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(key, value);
        return grid;
    }

    static Label value() {
        Label label = new Label();
        label.setWrapText(true);
        return label;
    }

    static void row(GridPane grid, int row, String key, Label value) {
        Label k = new Label(key);
        k.getStyleClass().add("card-key");
        grid.addRow(row, k, value);
    }
}
