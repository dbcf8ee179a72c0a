package org.inferscope.app.view;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.inferscope.app.viewmodel.ComparisonRow;

/** Every run, sortable by any column. */
final class RunsTable extends TableView<ComparisonRow> {

    RunsTable(ObservableList<ComparisonRow> rows) {
        setId("runs");
        SortedList<ComparisonRow> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new javafx.scene.control.Label("No runs yet: press Run (Ctrl+R)."));
        getColumns().add(labelColumn());
        getColumns().add(text("Dataset", ComparisonRow::dataset));
        getColumns().get(1).setPrefWidth(100);
        getColumns().add(number("Quality", ComparisonRow::quality, "%.4f"));
        getColumns().add(number("p50 µs", ComparisonRow::p50Micros, "%.1f"));
        getColumns().add(number("p99 µs", ComparisonRow::p99Micros, "%.1f"));
        getColumns().add(number("rows/s", ComparisonRow::rowsPerSecond, "%,.0f"));
        getColumns().get(getColumns().size() - 1).setMinWidth(95);
        getColumns().add(number("batch", r -> (double) r.largestBatchSize(), "%.0f"));
        getColumns().add(number("size KB", r -> r.variantBytes() / 1024.0, "%.1f"));
        getColumns().add(number("top-1", ComparisonRow::top1Agreement, "%.4f"));
    }

    private static TableColumn<ComparisonRow, String> labelColumn() {
        TableColumn<ComparisonRow, String> column = text("Configuration", ComparisonRow::label);
        column.setPrefWidth(290);
        column.setMinWidth(250);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String label, boolean empty) {
                super.updateItem(label, empty);
                ComparisonRow row = getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : label);
                setGraphic(empty || row == null ? null : new Rectangle(10, 10, Color.web(row.colour())));
            }
        });
        return column;
    }

    private static TableColumn<ComparisonRow, String> text(String title, Function<ComparisonRow, String> value) {
        TableColumn<ComparisonRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private static TableColumn<ComparisonRow, Double> number(String title, Function<ComparisonRow, Double> value,
                                                             String format) {
        TableColumn<ComparisonRow, Double> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : v.isNaN() ? "—" : String.format(format, v));
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setMinWidth(70);
        return column;
    }
}
