package org.inferscope.app.view;

import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import org.inferscope.app.viewmodel.ModelCard;
import org.inferscope.app.viewmodel.WorkbenchViewModel;

/** The model card: format, inputs → outputs, parameters, size. */
final class ModelCardView extends TitledPane {
    private final Label name = Cards.value();
    private final Label format = Cards.value();
    private final Label signature = Cards.value();
    private final Label parameters = Cards.value();
    private final Label size = Cards.value();

    ModelCardView(WorkbenchViewModel viewModel) {
        setId("modelCard");
        setText("Model");
        setCollapsible(false);
        GridPane grid = Cards.grid();
        Cards.row(grid, 0, "File", name);
        Cards.row(grid, 1, "Format", format);
        Cards.row(grid, 2, "In → out", signature);
        Cards.row(grid, 3, "Parameters", parameters);
        Cards.row(grid, 4, "Size", size);
        setContent(grid);
        viewModel.modelProperty().addListener((obs, was, card) -> show(card));
        show(viewModel.modelProperty().get());
    }

    private void show(ModelCard card) {
        name.setText(card == null ? "Drop a model file (.onnx, .tribuo) here" : card.file().getFileName().toString());
        format.setText(card == null ? "" : card.format());
        signature.setText(card == null ? "" : card.signature());
        parameters.setText(card == null ? "" : card.parameters());
        size.setText(card == null ? "" : card.size());
    }
}
