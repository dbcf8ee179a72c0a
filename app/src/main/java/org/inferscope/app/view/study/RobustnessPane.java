package org.inferscope.app.view.study;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.inferscope.app.view.ChartCatalog;
import org.inferscope.app.view.Icons;
import org.inferscope.app.viewmodel.study.DriftStudy;
import org.inferscope.app.viewmodel.study.RobustnessStudy;
import org.inferscope.app.viewmodel.study.StudyContext;
import org.kordamp.ikonli.feather.Feather;

/** The "Robustness & drift" tab: the robustness curve and the drift report, each on a page of its own. */
final class RobustnessPane {
    private RobustnessPane() {
    }

    static Node of(StudyContext context, ChartCatalog charts) {
        Tab curve = new Tab("Robustness curve", RobustnessCurveSection.of(new RobustnessStudy(context), charts));
        curve.setGraphic(Icons.of(Feather.TRENDING_DOWN));
        curve.setId("robustnessCurveTab");
        Tab drift = new Tab("Drift report", DriftSection.of(new DriftStudy(context), charts));
        drift.setGraphic(Icons.of(Feather.SHUFFLE));
        drift.setId("driftTab");
        TabPane pages = new TabPane(curve, drift);
        pages.setId("robustnessPane");
        pages.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return pages;
    }
}
