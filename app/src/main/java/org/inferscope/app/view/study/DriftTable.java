package org.inferscope.app.view.study;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.inferscope.app.viewmodel.study.DriftStudy;
import org.inferscope.engine.robustness.FeatureDrift;

/** Every feature's drift, sortable by any column, highest PSI first until the user sorts otherwise. */
final class DriftTable {
    private DriftTable() {
    }

    static TableView<FeatureDrift> of(DriftStudy study) {
        SortedList<FeatureDrift> sorted = new SortedList<>(study.features());
        TableView<FeatureDrift> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("driftTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No report yet: compare a dataset with the one open now."));
        TableColumn<FeatureDrift, String> feature = text("Feature", FeatureDrift::feature);
        feature.setPrefWidth(140);
        TableColumn<FeatureDrift, Double> psi = number("PSI", FeatureDrift::psi);
        TableColumn<FeatureDrift, String> level = text("Level", FeatureDrift::level);
        level.setCellFactory(c -> new LevelCell());
        TableColumn<FeatureDrift, String> drifted = text("Drifted", f -> study.isDrifted(f) ? "yes" : "");
        table.getColumns().add(feature);
        table.getColumns().add(psi);
        table.getColumns().add(level);
        table.getColumns().add(number("KS statistic", FeatureDrift::ksStatistic));
        table.getColumns().add(number("KS p-value", FeatureDrift::ksPValue));
        table.getColumns().add(drifted);
        psi.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(psi);
        return table;
    }

    private static TableColumn<FeatureDrift, String> text(String title, Function<FeatureDrift, String> value) {
        TableColumn<FeatureDrift, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    /** Sorts by the number, shows it with four significant digits. */
    private static TableColumn<FeatureDrift, Double> number(String title, ToDoubleFunction<FeatureDrift> value) {
        TableColumn<FeatureDrift, Double> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : DriftStudy.number(item));
            }
        });
        return column;
    }

    /** "major" in the warning colour, "none" muted. */
    private static final class LevelCell extends TableCell<FeatureDrift, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            getStyleClass().removeAll("delta-worse", "delta-none");
            if (!empty && "major".equals(item)) {
                getStyleClass().add("delta-worse");
            } else if (!empty && "none".equals(item)) {
                getStyleClass().add("delta-none");
            }
        }
    }
}
