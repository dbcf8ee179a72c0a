package org.inferscope.app.view.study;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.inferscope.app.viewmodel.study.ScenarioTable;

/**
 * A scenario's few rows of numbers as a plain grid of labels: a table of at most a score of rows needs
 * neither scrolling nor sorting, and every column is as wide as its longest cell while there is room.
 */
final class ScenarioTableGrid {
    private static final String LINE = "-fx-border-color: transparent transparent -color-border-muted transparent;";
    private static final String STRIPE = "-fx-background-color: -color-bg-subtle;";

    private ScenarioTableGrid() {
    }

    static GridPane of(String id) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.setMinHeight(GridPane.USE_PREF_SIZE);
        grid.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 4;");
        show(grid, null);
        return grid;
    }

    static void show(GridPane grid, ScenarioTable data) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        if (data == null) {
            Label none = cell("No results yet.", "");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            grid.add(none, 0, 0);
            return;
        }
        for (int c = 0; c < data.columns().size(); c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHgrow(Priority.SOMETIMES);
            column.setFillWidth(true);
            grid.getColumnConstraints().add(column);
            Label header = cell(data.columns().get(c), STRIPE + LINE + "-fx-font-weight: bold;");
            header.getStyleClass().add("scenario-header");
            grid.add(header, c, 0);
        }
        for (int r = 0; r < data.rows().size(); r++) {
            for (int c = 0; c < data.columns().size(); c++) {
                Label cell = cell(data.rows().get(r).get(c), r % 2 == 1 ? STRIPE : "");
                cell.getStyleClass().add("scenario-cell");
                grid.add(cell, c, r + 1);
            }
        }
    }

    private static Label cell(String text, String style) {
        Label label = new Label(text);
        label.setPadding(new Insets(4, 10, 4, 10));
        label.setMaxWidth(Double.MAX_VALUE);
        label.setStyle(style);
        return label;
    }
}
