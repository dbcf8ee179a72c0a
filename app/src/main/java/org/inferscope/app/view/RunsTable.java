package org.inferscope.app.view;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.inferscope.app.viewmodel.ComparisonRow;
import org.inferscope.app.viewmodel.ComparisonRows;
import org.inferscope.app.viewmodel.RunDeltas;

/**
 * Every run, sortable by any column: a check box includes it in the charts and exports, and the delta
 * columns compare it with the baseline run (context menu "Set as baseline"). Two selected runs can be
 * compared with intervals (context menu "Compare the two selected runs").
 */
final class RunsTable extends TableView<ComparisonRow> {
    private final ComparisonRows rows;

    RunsTable(ComparisonRows rows) {
        this.rows = rows;
        setId("runs");
        setEditable(true);
        SortedList<ComparisonRow> sorted = new SortedList<>(rows.all());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new javafx.scene.control.Label("No runs yet: press Run (Ctrl+R)."));
        // the measures and their deltas first: on a narrow window the rest scrolls
        getColumns().add(includedColumn());
        getColumns().add(labelColumn());
        getColumns().add(number("Quality", ComparisonRow::quality, "%.4f"));
        getColumns().add(delta("Δ quality", RunDeltas::quality));
        getColumns().add(number("p50 µs", ComparisonRow::p50Micros, "%.1f"));
        getColumns().add(delta("Δ p50", RunDeltas::p50));
        getColumns().add(number("rows/s", ComparisonRow::rowsPerSecond, "%,.0f"));
        getColumns().add(delta("Δ rows/s", RunDeltas::throughput));
        getColumns().add(number("size KB", r -> r.variantBytes() / 1024.0, "%.1f"));
        getColumns().add(delta("Δ size", RunDeltas::size));
        getColumns().add(number("top-1", ComparisonRow::top1Agreement, "%.4f"));
        getColumns().add(number("p99 µs", ComparisonRow::p99Micros, "%.1f"));
        getColumns().add(number("batch", r -> (double) r.largestBatchSize(), "%.0f"));
        getColumns().add(number("Peak RSS (MB)", ComparisonRow::peakResidentMegabytes, "%.1f"));
        getColumns().add(text("Dataset", ComparisonRow::dataset, 110));
        MenuItem baseline = new MenuItem("Set as baseline");
        baseline.setId("setBaseline");
        baseline.setOnAction(e -> rows.setBaseline(getSelectionModel().getSelectedItem()));
        MenuItem compare = new MenuItem("Compare the two selected runs");
        compare.setId("compareRuns");
        compare.disableProperty().bind(rows.canCompareProperty().not());
        compare.setOnAction(e -> rows.compareSelected());
        setContextMenu(new ContextMenu(baseline, compare));
        rows.baselineProperty().addListener((obs, was, now) -> refresh());
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        getSelectionModel().selectedItemProperty().addListener((obs, was, row) -> rows.selectedProperty().set(row));
        getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<ComparisonRow>)
                change -> rows.setSelection(java.util.List.copyOf(getSelectionModel().getSelectedItems())));
        rows.all().addListener((javafx.collections.ListChangeListener<ComparisonRow>) change -> selectLatestIfNone());
        selectLatestIfNone();
    }

    /** The details panel describes the run just finished (or the last one saved) until the user picks one. */
    private void selectLatestIfNone() {
        if (getSelectionModel().isEmpty() && !rows.all().isEmpty()) {
            getSelectionModel().select(rows.all().get(rows.all().size() - 1));
        }
    }

    private TableColumn<ComparisonRow, Boolean> includedColumn() {
        TableColumn<ComparisonRow, Boolean> column = new TableColumn<>("✓");
        column.setId("includedColumn");
        column.setCellValueFactory(c -> rows.includedProperty(c.getValue()));
        column.setCellFactory(CheckBoxTableCell.forTableColumn(column));
        column.setEditable(true);
        column.setSortable(false);
        column.setPrefWidth(34);
        column.setMinWidth(34);
        return column;
    }

    private TableColumn<ComparisonRow, String> labelColumn() {
        TableColumn<ComparisonRow, String> column = text("Configuration", ComparisonRow::label, 275);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String label, boolean empty) {
                super.updateItem(label, empty);
                ComparisonRow row = getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : label);
                setGraphic(empty || row == null ? null : new Rectangle(10, 10, Color.web(row.colour())));
                getStyleClass().remove("baseline");
                if (!empty && row != null && row == rows.baselineProperty().get()) {
                    getStyleClass().add("baseline");
                }
            }
        });
        return column;
    }

    private TableColumn<ComparisonRow, RunDeltas.Delta> delta(String title, Function<RunDeltas, RunDeltas.Delta> pick) {
        TableColumn<ComparisonRow, RunDeltas.Delta> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(pick.apply(rows.deltas(c.getValue()))));
        column.setCellFactory(c -> new DeltaCell());
        column.setSortable(false);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setPrefWidth(86);
        return column;
    }

    private static TableColumn<ComparisonRow, String> text(String title, Function<ComparisonRow, String> value,
                                                           double width) {
        TableColumn<ComparisonRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setEditable(false);
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
        column.setEditable(false);
        column.setPrefWidth(72);
        return column;
    }

    /** A delta in the colour of its verdict: blue better, vermillion worse (colour-blind safe). */
    private static final class DeltaCell extends TableCell<ComparisonRow, RunDeltas.Delta> {
        @Override
        protected void updateItem(RunDeltas.Delta delta, boolean empty) {
            super.updateItem(delta, empty);
            getStyleClass().removeAll("delta-better", "delta-worse", "delta-none");
            setText(empty || delta == null ? null : delta.text());
            if (!empty && delta != null) {
                getStyleClass().add(switch (delta.verdict()) {
                    case BETTER -> "delta-better";
                    case WORSE -> "delta-worse";
                    default -> "delta-none";
                });
            }
        }
    }
}
