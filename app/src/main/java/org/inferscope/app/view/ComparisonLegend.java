package org.inferscope.app.view;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.inferscope.app.viewmodel.ComparisonRow;

/** One legend for every chart: each configuration with its colour. */
final class ComparisonLegend extends FlowPane {

    ComparisonLegend(ObservableList<ComparisonRow> rows) {
        super(16, 4);
        setId("legend");
        rows.addListener((ListChangeListener<ComparisonRow>) change -> show(rows));
        show(rows);
    }

    private void show(ObservableList<ComparisonRow> rows) {
        Map<String, String> colours = new LinkedHashMap<>();
        rows.forEach(r -> colours.putIfAbsent(r.label(), r.colour()));
        getChildren().clear();
        if (colours.isEmpty()) {
            getChildren().add(new Label("Press Run (Ctrl+R) to add the configuration to the comparison."));
        }
        colours.forEach((label, colour) -> {
            Label entry = new Label(label, new Rectangle(12, 12, Color.web(colour)));
            getChildren().add(entry);
        });
    }
}
