package org.inferscope.app.view.study;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.inferscope.app.view.ChartCatalog;
import org.inferscope.app.view.Icons;
import org.inferscope.app.viewmodel.study.ScenarioResult;
import org.inferscope.app.viewmodel.study.ScenarioStudy;
import org.inferscope.app.viewmodel.study.StudyContext;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Scenarios tab: a segmented choice of SingleStream, Offline, Server and edge vs cloud with Export
 * for the one shown, and below it the chosen scenario's page.
 */
final class ScenarioPane {
    private ScenarioPane() {
    }

    static Node of(StudyContext context, ChartCatalog charts) {
        ScenarioStudy study = new ScenarioStudy(context);
        ScenarioPages pages = new ScenarioPages(study, charts);
        BorderPane root = new BorderPane();
        root.setId("scenarioPane");
        ObjectProperty<ScenarioResult<?>> shown = new SimpleObjectProperty<>();
        ToggleGroup choice = new ToggleGroup();
        List<ToggleButton> buttons = List.of(
                choice(choice, "SingleStream", "singleStreamChoice", Feather.ACTIVITY, pages.singleStream()),
                choice(choice, "Offline", "offlineChoice", Feather.LAYERS, pages.offline()),
                choice(choice, "Server", "serverChoice", Feather.SERVER, pages.server()),
                choice(choice, "Edge vs cloud", "edgeChoice", Feather.CLOUD, pages.edge()));
        buttons.get(0).getStyleClass().add(Styles.LEFT_PILL);
        buttons.subList(1, 3).forEach(b -> b.getStyleClass().add(Styles.CENTER_PILL));
        buttons.get(3).getStyleClass().add(Styles.RIGHT_PILL);
        choice.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) { // a segmented choice always has one segment chosen
                was.setSelected(true);
                return;
            }
            ScenarioPages.Page page = (ScenarioPages.Page) now.getUserData();
            root.setCenter(page.node());
            shown.set(page.result());
        });
        buttons.get(3).selectedProperty().addListener((obs, was, now) -> study.edge().refreshRuns());
        root.setTop(bar(buttons, ScenarioResultPanel.exportMenu(shown)));
        buttons.get(0).setSelected(true);
        study.edge().refreshRuns();
        return root;
    }

    private static ToggleButton choice(ToggleGroup group, String text, String id, Feather icon, ScenarioPages.Page page) {
        ToggleButton button = new ToggleButton(text, Icons.of(icon));
        button.setId(id);
        button.setToggleGroup(group);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setUserData(new ScenarioPages.Page(scrolled(page.node()), page.result()));
        return button;
    }

    private static ScrollPane scrolled(Node page) {
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        return scroll;
    }

    /** The choice on the left, Export on the right. */
    private static HBox bar(List<ToggleButton> segments, Node export) {
        HBox choice = new HBox(segments.toArray(Node[]::new));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, choice, gap, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 0, 16));
        return bar;
    }
}
