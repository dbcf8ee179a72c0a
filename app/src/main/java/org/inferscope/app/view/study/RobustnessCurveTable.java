package org.inferscope.app.view.study;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.shape.Rectangle;
import javafx.scene.paint.Color;
import org.inferscope.app.viewmodel.study.CurveRow;
import org.inferscope.app.viewmodel.study.RobustnessStudy;

/** Every configuration at every level: accuracy (or MSE), its 95% interval, and the change from level 0. */
final class RobustnessCurveTable {
    private RobustnessCurveTable() {
    }

    static TableView<CurveRow> of(RobustnessStudy study) {
        TableView<CurveRow> table = new TableView<>(study.rows());
        table.setId("robustnessTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new javafx.scene.control.Label("No curve yet: choose the levels and press Measure."));
        TableColumn<CurveRow, String> configuration = column("Configuration", CurveRow::configuration);
        configuration.setCellFactory(c -> new SwatchCell());
        configuration.setPrefWidth(200);
        TableColumn<CurveRow, String> value = column("Accuracy", CurveRow::value);
        study.resultProperty().addListener((obs, was, now) -> value.setText(now != null && !now.reportsAccuracy() ? "MSE"
                : "Accuracy"));
        table.getColumns().add(configuration);
        table.getColumns().add(column("Perturbation", CurveRow::perturbation));
        table.getColumns().add(value);
        table.getColumns().add(column("95% CI low", CurveRow::low));
        table.getColumns().add(column("95% CI high", CurveRow::high));
        table.getColumns().add(column("Δ vs level 0", CurveRow::change));
        table.getColumns().forEach(c -> c.setSortable(false));
        return table;
    }

    private static TableColumn<CurveRow, String> column(String title, Function<CurveRow, String> text) {
        TableColumn<CurveRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }

    /** The configuration's name after a square in its colour, as the comparison's legend shows it. */
    private static final class SwatchCell extends TableCell<CurveRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            CurveRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : item);
            setGraphic(row == null ? null : new Rectangle(10, 10, Color.web(row.colour())));
        }
    }
}
