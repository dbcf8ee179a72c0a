package org.inferscope.app.viewmodel.study;

/**
 * A table cell's number and its words: the table sorts by {@code value} and shows {@code text}. A
 * missing value (NaN) sorts last.
 */
public record Figure(double value, String text) implements Comparable<Figure> {

    public static final Figure NONE = new Figure(Double.NaN, "-");

    @Override
    public int compareTo(Figure other) {
        boolean mine = Double.isNaN(value);
        boolean theirs = Double.isNaN(other.value);
        if (mine || theirs) {
            return Boolean.compare(mine, theirs);
        }
        return Double.compare(value, other.value);
    }

    @Override
    public String toString() {
        return text;
    }
}
