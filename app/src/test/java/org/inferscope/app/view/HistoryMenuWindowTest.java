package org.inferscope.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.inferscope.app.history.RunStore;
import org.inferscope.app.viewmodel.WorkbenchViewModel;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The History menu and the banner of a history that could not be opened, in a real (headless) window. */
@ExtendWith(ApplicationExtension.class)
class HistoryMenuWindowTest {
    static final String LOCKED = "Run history is unavailable: /tmp/x/history.mv.db is locked by another InferScope"
            + " window; results of this session will not be saved.";

    WorkbenchViewModel viewModel;
    Scene scene;

    @Start
    void start(Stage stage) {
        viewModel = new WorkbenchViewModel(ProviderRegistry.discover(getClass().getClassLoader()), Runnable::run,
                Runnable::run, RunStore.unavailable(LOCKED));
        SampleWindow.show(stage, viewModel);
        scene = stage.getScene();
    }

    @Test
    void aHistoryThatCouldNotBeOpenedIsShownInTheBannerAtStart(FxRobot robot) throws Exception {
        NotificationPane banner = robot.lookup("#errorBanner").queryAs(NotificationPane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, banner::isShowing);
        assertEquals(LOCKED, banner.getText());
    }

    @Test
    void theHistoryMenuListsComparisonsWithTheOpenOneChecked(FxRobot robot) {
        robot.interact(() -> viewModel.newComparison("Pruning"));
        List<MenuItem> items = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "History".equals(m.getText())).findFirst().orElseThrow().getItems();
        assertEquals(6, items.size());
        RadioMenuItem pruning = (RadioMenuItem) items.get(4);
        assertEquals("Pruning  (0 runs)", pruning.getText());
        assertTrue(pruning.isSelected());
        robot.interact(() -> ((RadioMenuItem) items.get(5)).fire());
        assertTrue(viewModel.currentComparisonProperty().get().name().startsWith("Comparison of "));
        assertTrue(((RadioMenuItem) items.get(5)).isSelected());
    }

    @Test
    void theViewMenuSwitchesTheWholeApplicationToTheDarkThemeAndBack(FxRobot robot) {
        CheckMenuItem dark = (CheckMenuItem) ((MenuBar) scene.lookup(".menu-bar")).getMenus().stream()
                .filter(m -> "View".equals(m.getText())).findFirst().orElseThrow().getItems().get(0);
        javafx.scene.Parent root = scene.getRoot();
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        assertTrue(dark.isSelected());
        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"), Application.getUserAgentStylesheet());
        assertTrue(root.getPseudoClassStates().contains(PseudoClass.getPseudoClass("dark")));
        ToggleButton toolDark = (ToggleButton) scene.lookup("#toolDark");
        assertTrue(toolDark.isSelected());
        robot.clickOn(toolDark);
        assertFalse(dark.isSelected());
        assertTrue(Application.getUserAgentStylesheet().contains("primer-light"));
        assertFalse(root.getPseudoClassStates().contains(PseudoClass.getPseudoClass("dark")));
    }
}
