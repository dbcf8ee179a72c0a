package org.inferscope.app.view;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import org.inferscope.app.viewmodel.ThemePreference;

/**
 * AtlantaFX's Primer light or dark theme for the whole application, following the preference; the
 * window's root gets {@code :dark} so that workbench.css can adjust its own colours.
 */
final class Theme {
    static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private Theme() {
    }

    static void follow(ThemePreference preference, Node root) {
        preference.darkProperty().addListener((obs, was, dark) -> apply(root, dark));
        apply(root, preference.darkProperty().get());
    }

    private static void apply(Node root, boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        root.pseudoClassStateChanged(DARK, dark);
    }
}
