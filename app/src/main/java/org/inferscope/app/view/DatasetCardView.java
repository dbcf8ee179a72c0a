package org.inferscope.app.view;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.inferscope.app.viewmodel.DatasetCard;
import org.inferscope.app.viewmodel.WorkbenchViewModel;

/** The dataset card: rows, columns, target, task, classes, and the first rows in a table. */
final class DatasetCardView extends TitledPane {
    private final Label name = Cards.value();
    private final Label shape = Cards.value();
    private final Label target = Cards.value();
    private final Label classes = Cards.value();
    private final TableView<List<String>> preview = new TableView<>();

    DatasetCardView(WorkbenchViewModel viewModel) {
        setId("datasetCard");
        setText("Dataset");
        setCollapsible(false);
        GridPane grid = Cards.grid();
        Cards.row(grid, 0, "File", name);
        Cards.row(grid, 1, "Shape", shape);
        Cards.row(grid, 2, "Target", target);
        Cards.row(grid, 3, "Classes", classes);
        preview.setId("datasetPreview");
        preview.setPrefHeight(130);
        preview.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setContent(new VBox(8, grid, preview));
        viewModel.datasetProperty().addListener((obs, was, card) -> show(card));
        show(viewModel.datasetProperty().get());
    }

    private void show(DatasetCard card) {
        name.setText(card == null ? "Drop a dataset (CSV, ARFF, LibSVM, IDX) here" : card.name());
        shape.setText(card == null ? "" : card.info().rows() + " rows × " + card.info().columns() + " features");
        target.setText(card == null ? "" : card.info().target() + " (" + card.task() + ")");
        classes.setText(card == null ? "" : card.classes());
        preview.getColumns().clear();
        if (card == null) {
            preview.getItems().clear();
            return;
        }
        for (int c = 0; c < card.previewColumns().size(); c++) {
            int index = c;
            TableColumn<List<String>, String> column = new TableColumn<>(card.previewColumns().get(c));
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(index)));
            column.setPrefWidth(c == 0 ? 70 : 64);
            column.setSortable(false);
            preview.getColumns().add(column);
        }
        preview.setItems(FXCollections.observableArrayList(card.previewRows()));
    }
}
