package org.inferscope.app.view.study;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.inferscope.app.view.ChartCatalog;
import org.inferscope.app.view.Icons;
import org.inferscope.app.view.LineChartView;
import org.inferscope.app.viewmodel.study.RobustnessStudy;
import org.inferscope.engine.robustness.Perturbation;
import org.kordamp.ikonli.feather.Feather;

/** The robustness curve's page: settings and Run on top, the headline, then the chart beside the table. */
final class RobustnessCurveSection {
    private RobustnessCurveSection() {
    }

    static Node of(RobustnessStudy study, ChartCatalog charts) {
        LineChartView chart = new LineChartView(study.chartProperty().get());
        study.chartProperty().addListener((obs, was, model) -> chart.show(model));
        charts.register(chart.node(), chart::model);
        VBox.setVgrow(chart.node(), Priority.ALWAYS);
        SplitPane results = new SplitPane(chart.node(), RobustnessCurveTable.of(study));
        results.setOrientation(Orientation.VERTICAL);
        results.setDividerPositions(0.64);
        VBox.setVgrow(results, Priority.ALWAYS);
        VBox page = new VBox(8, settings(study), validation(study),
                RobustnessTaskBar.of(study.task(), study::cancel, "robustness"), headline(study), results);
        page.setPadding(new Insets(10));
        return page;
    }

    private static Node settings(RobustnessStudy study) {
        ChoiceBox<Perturbation.Kind> kind = new ChoiceBox<>();
        kind.setId("robustnessKind");
        kind.getItems().setAll(Perturbation.Kind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(Perturbation.Kind k) {
                return k == null ? "" : RobustnessStudy.kindName(k);
            }

            @Override
            public Perturbation.Kind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(study.kindProperty());
        TextField levels = new TextField();
        levels.setId("robustnessLevels");
        levels.setPrefColumnCount(16);
        levels.textProperty().bindBidirectional(study.levelsProperty());
        levels.setTooltip(new Tooltip("Levels separated by commas; 0 is the unperturbed data."));
        CheckBox every = new CheckBox("Every configuration in the comparison");
        every.setId("robustnessEvery");
        every.selectedProperty().bindBidirectional(study.everyConfigurationProperty());
        every.setTooltip(new Tooltip("Off: the configuration chosen now. On: each configuration the comparison"
                + " includes, in its colour, on the dataset open now."));
        Button run = new Button("Measure", Icons.of(Feather.PLAY));
        run.setId("robustnessRun");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(study.canRunProperty().not());
        run.setOnAction(e -> study.run());
        FlowPane row = new FlowPane(8, 6, labelled("Perturbation", kind), labelled("Levels", levels), every, run,
                RobustnessExportButton.of("robustness-curve", study::writeCsv, study::writeJson));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        return row;
    }

    private static HBox labelled(String text, Node control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        HBox pair = new HBox(6, label, control);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private static Node validation(RobustnessStudy study) {
        Label label = new Label();
        label.setId("robustnessValidation");
        label.getStyleClass().add("validation");
        label.textProperty().bind(study.validationProperty());
        label.visibleProperty().bind(study.validationProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static Node headline(RobustnessStudy study) {
        return StudyLayout.headline("robustnessHeadline", study.headlineProperty(), "Measures accuracy (MSE for"
                + " regression) on the dataset open now as the perturbation grows, each level with its 95% bootstrap"
                + " interval. Nothing is timed. Seeded, so a rerun gives the same curve.");
    }
}
