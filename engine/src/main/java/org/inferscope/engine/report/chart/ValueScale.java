package org.inferscope.engine.report.chart;

import java.util.List;

/**
 * A numeric axis: its range, its ticks, where a value falls and how a tick reads. Linear ({@link AxisScale})
 * or logarithmic ({@link LogScale}); the window's axes and the SVG drawing use the same one, so both
 * show the same ticks.
 */
public sealed interface ValueScale permits AxisScale, LogScale {

    /** The axis' lowest value. */
    double min();

    /** The axis' highest value. */
    double max();

    /** The values that get a tick and a label, lowest first. */
    List<Double> ticks();

    /** Where {@code value} falls between {@code from} (at {@link #min()}) and {@code to} (at {@link #max()}). */
    double map(double value, double from, double to);

    /** The value at {@code position} between {@code from} and {@code to}: the inverse of {@link #map}. */
    double valueAt(double position, double from, double to);

    /** A tick's label. */
    String label(double value);

    /** Whether the axis is logarithmic (its bars then start at its lowest value, not at zero). */
    default boolean logarithmic() {
        return false;
    }
}
