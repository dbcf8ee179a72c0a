package org.inferscope.app.view.study;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;
import javafx.scene.paint.Color;
import org.inferscope.app.viewmodel.study.Figure;
import org.inferscope.app.viewmodel.study.SweepRow;

/**
 * The sweep's (or the tuner's) configurations: numbers with their 95% intervals, sortable by value, a
 * star for the frontier, the failed points with their sentence, the tuner's answer in bold.
 */
final class SweepTable {
    private SweepTable() {
    }

    static TableView<SweepRow> of(String id, ObservableList<SweepRow> rows, boolean withRole) {
        TableView<SweepRow> table = new TableView<>(rows);
        table.setId(id);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(withRole ? "Run the tuner: each configuration it measures appears here."
                : "Start a sweep: each point appears here the moment it is saved."));
        if (withRole) {
            table.getColumns().add(text("Role", SweepRow::role, 170));
        }
        table.getColumns().add(configuration());
        table.getColumns().add(figure("Accuracy [95% CI]", SweepRow::quality, 190));
        table.getColumns().add(figure("p50 [95% CI]", SweepRow::p50, 165));
        table.getColumns().add(figure("p99 [95% CI]", SweepRow::p99, 165));
        table.getColumns().add(figure("Rows/s [95% CI]", SweepRow::throughput, 200));
        table.getColumns().add(figure("Size", SweepRow::size, 80));
        table.getColumns().add(figure("Peak RSS", SweepRow::peakRss, 80));
        TableColumn<SweepRow, String> frontier = text("Frontier", r -> r.onFrontier() ? "★" : "", 70);
        frontier.setStyle("-fx-alignment: CENTER;");
        Label header = new Label("Frontier");
        header.setTooltip(new Tooltip("No other point is at least as accurate, as fast (rows/s at its batch size) and"
                + " as small, and better in one of them."));
        frontier.setGraphic(header);
        frontier.setText("");
        table.getColumns().add(frontier);
        if (!withRole) {
            TableColumn<SweepRow, String> note = text("Failed because", SweepRow::failure, 360);
            note.setCellFactory(c -> wrapped());
            table.getColumns().add(note);
        }
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SweepRow row, boolean empty) {
                super.updateItem(row, empty);
                setStyle(!empty && row != null && "answer".equals(row.role()) ? "-fx-font-weight: bold;" : "");
            }
        });
        return table;
    }

    private static TableColumn<SweepRow, SweepRow> configuration() {
        TableColumn<SweepRow, SweepRow> column = new TableColumn<>("Configuration");
        column.setPrefWidth(260);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setComparator(java.util.Comparator.comparingInt(SweepRow::index));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(SweepRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(row.configuration());
                setGraphic(new Circle(5, Color.web(row.colour())));
            }
        });
        return column;
    }

    private static TableColumn<SweepRow, Figure> figure(String title, Function<SweepRow, Figure> value, double width) {
        TableColumn<SweepRow, Figure> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private static TableColumn<SweepRow, String> text(String title, Function<SweepRow, String> value, double width) {
        TableColumn<SweepRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    /** A cell whose whole sentence is in its tooltip, for the long reasons a point failed. */
    private static TableCell<SweepRow, String> wrapped() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
                getStyleClass().remove("validation");
                if (!empty && text != null && !text.isEmpty()) {
                    getStyleClass().add("validation");
                }
            }
        };
    }
}
