package org.inferscope.app.view;

import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** The label-value grid the cards and the settings panels share. */
public final class Cards {
    private Cards() {
    }

    static GridPane grid() {
        return grid(4, 90);
    }

    /** Keys in a column at least {@code keyWidth} wide, values taking the rest of the width. */
    public static GridPane grid(double rowGap, double keyWidth) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(rowGap);
        ColumnConstraints key = new ColumnConstraints();
        key.setMinWidth(keyWidth);
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
