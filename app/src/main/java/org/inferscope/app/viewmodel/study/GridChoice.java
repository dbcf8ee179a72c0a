package org.inferscope.app.viewmodel.study;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One check box of the sweep's grid: a device or a precision, its words, and whether it is ticked.
 *
 * @param <T> what is chosen
 */
public final class GridChoice<T> {
    private final T value;
    private final String words;
    private final BooleanProperty chosen;

    GridChoice(T value, String words, boolean chosen) {
        this.value = value;
        this.words = words;
        this.chosen = new SimpleBooleanProperty(this, "chosen", chosen);
    }

    public T value() {
        return value;
    }

    /** What the check box says. */
    public String words() {
        return words;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }
}
