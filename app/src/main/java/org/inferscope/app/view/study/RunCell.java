package org.inferscope.app.view.study;

import javafx.scene.control.ListCell;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.inferscope.app.viewmodel.ComparisonRow;

/** A run of the comparison as its legend shows it: a swatch of its colour and its label. */
final class RunCell extends ListCell<ComparisonRow> {

    @Override
    protected void updateItem(ComparisonRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        Rectangle swatch = new Rectangle(10, 10, Color.web(row.colour()));
        swatch.setArcWidth(3);
        swatch.setArcHeight(3);
        setGraphic(swatch);
        setText(row.label() + (row.dataset().isEmpty() ? "" : " · " + row.dataset()));
    }
}
