package org.inferscope.app.view.study;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.inferscope.app.view.ChartCatalog;
import org.inferscope.app.view.Icons;
import org.inferscope.app.viewmodel.study.TunerForm;
import org.inferscope.app.viewmodel.study.TunerStudy;
import org.inferscope.engine.sweep.TuningObjective;
import org.kordamp.ikonli.feather.Feather;

/**
 * The tuner: "find the fastest configuration within X points of FP32" on the left; the answer, its
 * evidence, the chart of everything measured (the answer ringed, the accuracy to keep as a guide) and
 * the table on the right.
 */
final class TunerView {
    private TunerView() {
    }

    static Node of(TunerStudy study, ChartCatalog charts) {
        return StudyLayout.formBeside(form(study), results(study, charts));
    }

    private static VBox form(TunerStudy study) {
        TunerForm form = study.form();
        TextField within = field(form.withinProperty(), "tunerWithin", 5);
        HBox points = new HBox(6, within, new Label("points of FP32"));
        points.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox question = new VBox(4, StudyLayout.wrapping("Find the fastest configuration within"), points);
        ChoiceBox<TuningObjective> objective = new ChoiceBox<>(FXCollections.observableArrayList(TuningObjective.values()));
        objective.setId("tunerObjective");
        objective.setConverter(new StringConverter<>() {
            @Override
            public String toString(TuningObjective o) {
                return o == null ? "" : TunerForm.words(o);
            }

            @Override
            public TuningObjective fromString(String s) {
                return TuningObjective.THROUGHPUT;
            }
        });
        objective.valueProperty().bindBidirectional(form.objectiveProperty());
        VBox settings = new VBox(8, StudyLayout.section("Fastest by", objective),
                StudyLayout.section("Time budget (FP32 is always measured, twice)", field(form.budgetProperty(), "tunerBudget", 8)),
                StudyLayout.section("Batch size", field(form.batchProperty(), "tunerBatch", 8)));
        Label problem = StudyLayout.wrapping("");
        problem.setId("tunerProblem");
        problem.getStyleClass().add("validation");
        problem.textProperty().bind(form.problemProperty());
        Label how = StudyLayout.muted("Measures FP32, then INT8 dynamic, INT8 static, FP16, structured pruning at 10, 25 and 50%"
                + " in FP32 and INT8 dynamic, and 50% magnitude pruning, until the budget is spent; a pruning level that"
                + " loses too much stops the higher ones. FP32 is measured again at the end, and candidates are held to"
                + " the faster of the two. \"Faster\" only when the 95% interval of the difference says so.");
        return StudyLayout.padded(10, StudyLayout.heading("Accuracy-aware tuning"), question, settings, problem,
                buttons(study), StudyProgress.of(study.task(), "tuner"), exports(study), how);
    }

    private static Node results(TunerStudy study, ChartCatalog charts) {
        Label verdict = StudyLayout.wrapping("");
        verdict.setId("tunerVerdict");
        verdict.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold;");
        verdict.textProperty().bind(Bindings.createStringBinding(() -> study.verdictProperty().get().isEmpty()
                ? "Run the tuner to get an answer." : study.verdictProperty().get(), study.verdictProperty()));
        VBox evidence = new VBox(2);
        evidence.setId("tunerEvidence");
        study.evidence().addListener((ListChangeListener<String>) change -> evidence.getChildren().setAll(
                study.evidence().stream().map(TunerView::line).toList()));
        VBox untriedLines = new VBox(2);
        TitledPane untried = new TitledPane("", untriedLines);
        untried.setId("tunerUntried");
        untried.setExpanded(false);
        untried.setVisible(false);
        untried.managedProperty().bind(untried.visibleProperty());
        study.untried().addListener((ListChangeListener<String>) change -> {
            untriedLines.getChildren().setAll(study.untried().stream().map(TunerView::line).toList());
            untried.setText(study.untried().size() + (study.untried().size() == 1 ? " candidate" : " candidates")
                    + " not tried, and why");
            untried.setVisible(!study.untried().isEmpty());
        });
        PointsChartView chart = new PointsChartView(study.chartProperty().get());
        study.chartProperty().addListener((obs, was, now) -> chart.show(now));
        charts.register(chart.node(), chart::model);
        Label caption = StudyLayout.muted("");
        caption.textProperty().bind(Bindings.createStringBinding(() -> "Whiskers: 95% intervals of accuracy. Ringed,"
                + " and joined by the dashed line: the " + study.chartProperty().get().frontier()
                        .replaceFirst("^Frontier", "frontier") + ". The answer has a wide vermillion ring; the dashed pink line is the"
                + " accuracy to keep. Right-click the chart to save it as PNG or SVG.", study.chartProperty()));
        chart.node().setMinHeight(260);
        VBox top = new VBox(6, verdict, evidence, untried, chart.node(), caption);
        VBox.setVgrow(chart.node(), Priority.ALWAYS);
        top.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(top);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        SplitPane split = new SplitPane(scroll, SweepTable.of("tunerTable", study.rows(), true));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.74);
        return split;
    }

    private static Label line(String text) {
        Label label = StudyLayout.wrapping(text);
        label.getStyleClass().add("details-line");
        return label;
    }

    private static TextField field(javafx.beans.property.StringProperty property, String id, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static javafx.scene.layout.FlowPane buttons(TunerStudy study) {
        Button start = new Button("Find it", Icons.of(Feather.PLAY));
        start.setId("tunerStart");
        start.disableProperty().bind(study.form().validProperty().not().or(study.task().runningProperty()));
        start.setOnAction(e -> study.start());
        Button cancel = new Button("Cancel", Icons.of(Feather.SQUARE));
        cancel.setId("tunerCancel");
        cancel.setTooltip(new Tooltip("Stop tuning; nothing is kept"));
        cancel.disableProperty().bind(study.task().runningProperty().not());
        cancel.setOnAction(e -> study.cancel());
        return StudyLayout.buttons(start, cancel);
    }

    private static MenuButton exports(TunerStudy study) {
        MenuButton menu = new MenuButton("Export the result", Icons.of(Feather.DOWNLOAD));
        menu.setId("tunerExport");
        menu.getItems().addAll(
                SaveDialog.item("Save the result as JSON…", "JSON", "tuning-result.json", menu, study::exportJson),
                SaveDialog.item("Save a row per configuration as CSV…", "CSV", "tuning-result.csv", menu,
                        study::exportCsv));
        menu.disableProperty().bind(study.resultProperty().isNull());
        return menu;
    }
}
