package org.inferscope.app.view.study;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.inferscope.app.view.ChartCatalog;
import org.inferscope.app.view.Icons;
import org.inferscope.app.viewmodel.study.StudyContext;
import org.inferscope.app.viewmodel.study.SweepAxis;
import org.inferscope.app.viewmodel.study.SweepStudy;
import org.inferscope.app.viewmodel.study.TunerStudy;
import org.kordamp.ikonli.feather.Feather;

/**
 * The "Sweep & tune" tab: a grid of configurations measured as one resumable job, and the
 * accuracy-aware tuner, each with its chart (registered for PNG/SVG), table and exports.
 */
final class SweepPane {
    private SweepPane() {
    }

    static Node of(StudyContext context, ChartCatalog charts) {
        return of(new SweepStudy(context), new TunerStudy(context), charts);
    }

    /** The tab's content over these view models; both take the configuration open now as their start. */
    static Node of(SweepStudy sweep, TunerStudy tuner, ChartCatalog charts) {
        sweep.prefill();
        tuner.prefill();
        Tab sweepTab = new Tab("Sweep", sweepContent(sweep, charts));
        sweepTab.setId("sweepSubTab");
        sweepTab.setGraphic(Icons.of(Feather.GRID));
        Tab tunerTab = new Tab("Tuner", TunerView.of(tuner, charts));
        tunerTab.setId("tunerSubTab");
        tunerTab.setGraphic(Icons.of(Feather.TARGET));
        TabPane tabs = new TabPane(sweepTab, tunerTab);
        tabs.setId("sweepTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setSide(javafx.geometry.Side.TOP);
        return tabs;
    }

    private static Node sweepContent(SweepStudy study, ChartCatalog charts) {
        return StudyLayout.formBeside(SweepForm.of(study), results(study, charts));
    }

    private static String caption(SweepStudy study) {
        String frontier = study.chartProperty().get().frontier().replaceFirst("^Frontier", "frontier");
        String star = study.axisProperty().get() == SweepAxis.THROUGHPUT ? ", the table's ★"
                : "; the table's ★ weighs throughput at each point's batch size instead, as the report does";
        return "Whiskers: 95% intervals of accuracy. Ringed, and joined by the dashed line: the " + frontier + star
                + ". Hover a dot for its numbers; right-click the chart to save it as PNG or SVG.";
    }

    private static Node results(SweepStudy study, ChartCatalog charts) {
        PointsChartView chart = new PointsChartView(study.chartProperty().get());
        study.chartProperty().addListener((obs, was, now) -> chart.show(now));
        charts.register(chart.node(), chart::model);
        ChoiceBox<SweepAxis> axis = new ChoiceBox<>(FXCollections.observableArrayList(SweepAxis.values()));
        axis.setId("sweepAxis");
        axis.valueProperty().bindBidirectional(study.axisProperty());
        axis.setMinWidth(Region.USE_PREF_SIZE);
        Label across = new Label("Across:");
        across.setMinWidth(Region.USE_PREF_SIZE);
        Label caption = StudyLayout.muted("");
        caption.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> caption(study),
                study.chartProperty()));
        HBox controls = new HBox(8, across, axis);
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox top = new VBox(6, controls, chart.node(), caption);
        VBox.setVgrow(chart.node(), Priority.ALWAYS);
        top.setPadding(new Insets(8));
        SplitPane split = new SplitPane(top, SweepTable.of("sweepTable", study.rows(), false));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        return split;
    }
}
