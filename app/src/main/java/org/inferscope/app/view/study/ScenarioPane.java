package org.inferscope.app.view.study;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.inferscope.app.view.ChartCatalog;
import org.inferscope.app.viewmodel.study.StudyContext;

/** Placeholder until this tab's view lands (same session). */
final class ScenarioPane {
    private ScenarioPane() {
    }

    static Node of(StudyContext context, ChartCatalog charts) {
        return new Label("Not built yet.");
    }
}
