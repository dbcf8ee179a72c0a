package org.inferscope.app.view;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Feather icons for buttons and menu items; the theme gives them the text colour. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Feather icon) {
        FontIcon font = FontIcon.of(icon);
        font.getStyleClass().add("workbench-icon");
        return font;
    }
}
