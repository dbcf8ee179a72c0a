package org.inferscope.app.view.study;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The layout the study panes share: a form column that scrolls beside the results, titled sections, wrapping text. */
final class StudyLayout {
    private StudyLayout() {
    }

    /** The form on the left, scrolling vertically and wrapping to its width; the results take the rest. */
    static SplitPane formBeside(Node form, Node results) {
        ScrollPane left = new ScrollPane(form);
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.setMinWidth(280);
        left.setPrefWidth(320);
        SplitPane split = new SplitPane(left, results);
        split.setDividerPositions(0.32);
        SplitPane.setResizableWithParent(left, false);
        return split;
    }

    /** A small muted title over its control. */
    static VBox section(String key, Node value) {
        return new VBox(3, muted(key), value);
    }

    static Label heading(String text) {
        Label label = wrapping(text);
        label.getStyleClass().add("details-title");
        return label;
    }

    /** A label that wraps and always takes the height its lines need. */
    static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** The study's headline in bold, reading {@code intro} until the study has one. */
    static Label headline(String id, StringExpression headline, String intro) {
        Label label = wrapping("");
        label.setId(id);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.textProperty().bind(Bindings.when(headline.isEmpty()).then(intro).otherwise(headline));
        return label;
    }

    static Label muted(String text) {
        Label label = wrapping(text);
        label.getStyleClass().add("card-key");
        return label;
    }

    /** Buttons that wrap onto a second line rather than shrink their text away. */
    static javafx.scene.layout.FlowPane buttons(javafx.scene.control.Button... buttons) {
        for (javafx.scene.control.Button b : buttons) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        return new javafx.scene.layout.FlowPane(8, 6, buttons);
    }

    static VBox padded(double spacing, Node... children) {
        VBox box = new VBox(spacing, children);
        box.setPadding(new Insets(10));
        return box;
    }
}
