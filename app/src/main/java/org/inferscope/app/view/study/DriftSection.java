package org.inferscope.app.view.study;

import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.inferscope.app.view.ChartCatalog;
import org.inferscope.app.view.FileDrop;
import org.inferscope.app.view.Icons;
import org.inferscope.app.viewmodel.study.DriftStudy;
import org.kordamp.ikonli.feather.Feather;

/**
 * The drift report's page: choose (or drop) a dataset to compare with the one open now; the headline,
 * then the most shifted features' PSI beside the table of every feature.
 */
final class DriftSection {
    private DriftSection() {
    }

    static Node of(DriftStudy study, ChartCatalog charts) {
        DriftBarChart chart = new DriftBarChart(study.chartProperty().get());
        study.chartProperty().addListener((obs, was, model) -> chart.show(model));
        charts.register(chart, chart::model);
        SplitPane results = new SplitPane(chart, DriftTable.of(study));
        results.setOrientation(javafx.geometry.Orientation.VERTICAL);
        results.setDividerPositions(0.55);
        VBox.setVgrow(results, Priority.ALWAYS);
        VBox page = new VBox(8, actions(study), RobustnessTaskBar.of(study.task(), study::cancel, "drift"),
                headline(study), files(study), results);
        page.setPadding(new Insets(10));
        page.setId("driftPage");
        // a dataset dropped here is compared rather than opened: the window's own drop handler never sees it
        FileDrop.install(page, study::compare);
        return page;
    }

    private static Node actions(DriftStudy study) {
        Button choose = new Button("Compare with a dataset…", Icons.of(Feather.FOLDER));
        choose.setId("driftChoose");
        choose.getStyleClass().add(Styles.ACCENT);
        choose.disableProperty().bind(study.task().runningProperty());
        choose.setOnAction(e -> ask(choose, study));
        Label hint = new Label("or drop a dataset file here. The reference is the dataset open now.");
        hint.setStyle("-fx-text-fill: -color-fg-muted;");
        HBox row = new HBox(8, choose, hint, RobustnessExportButton.of("drift-report", study::writeCsv, study::writeJson));
        HBox.setHgrow(hint, Priority.ALWAYS);
        hint.setMaxWidth(Double.MAX_VALUE);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static void ask(Button owner, DriftStudy study) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Compare a dataset with the one open now");
        File file = chooser.showOpenDialog(owner.getScene().getWindow());
        if (file != null) {
            study.compare(file.toPath());
        }
    }

    private static Node headline(DriftStudy study) {
        return StudyLayout.headline("driftHeadline", study.headlineProperty(), "Is new data like the data this model"
                + " was evaluated on? Compare it feature by feature: the population stability index (PSI) over the"
                + " reference's deciles and the two-sample Kolmogorov-Smirnov test.");
    }

    private static Node files(DriftStudy study) {
        Label label = StudyLayout.wrapping("");
        label.setId("driftFiles");
        label.setStyle("-fx-text-fill: -color-fg-muted;");
        label.textProperty().bind(Bindings.when(study.filesProperty().isEmpty()).then("PSI below 0.1: no shift;"
                + " 0.1 to 0.25: moderate; above 0.25: major.")
                .otherwise(Bindings.concat(study.filesProperty(), ". PSI below 0.1: no shift; 0.1 to 0.25: moderate;"
                        + " above 0.25: major.")));
        return label;
    }
}
