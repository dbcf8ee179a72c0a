package org.inferscope.app.view.study;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import org.inferscope.app.view.ChartCatalog;
import org.inferscope.app.view.Icons;
import org.inferscope.app.viewmodel.study.StudyContext;
import org.kordamp.ikonli.feather.Feather;

/**
 * The study tabs. Each is built the first time it is shown: the window's first frame styles only the
 * comparison.
 */
public final class StudyTabs {
    private StudyTabs() {
    }

    public static List<Tab> of(StudyContext context, ChartCatalog charts) {
        return List.of(
                lazy("Sweep & tune", "sweepTab", Feather.GRID, () -> SweepPane.of(context, charts)),
                lazy("Scenarios", "scenarioTab", Feather.ACTIVITY, () -> ScenarioPane.of(context, charts)),
                lazy("Robustness & drift", "robustnessTab", Feather.SHIELD, () -> RobustnessPane.of(context, charts)));
    }

    private static Tab lazy(String title, String id, Feather icon, Supplier<Node> content) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.setGraphic(Icons.of(icon));
        tab.setClosable(false);
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }
}
