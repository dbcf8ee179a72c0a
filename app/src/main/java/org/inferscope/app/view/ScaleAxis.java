package org.inferscope.app.view;

import java.util.List;
import javafx.geometry.Side;
import javafx.scene.chart.ValueAxis;
import org.inferscope.engine.report.chart.AxisScale;
import org.inferscope.engine.report.chart.ValueScale;

/**
 * A value axis drawn from a {@link ValueScale}, linear or logarithmic: the window shows the very ticks
 * and labels the SVG export draws. JavaFX has no logarithmic axis of its own.
 */
public final class ScaleAxis extends ValueAxis<Number> {
    private ValueScale scale = AxisScale.covering(0, 1);

    public ScaleAxis() {
        setAutoRanging(false);
        setMinorTickVisible(false);
        use(scale);
    }

    /** Shows {@code next}'s range and ticks from the next layout on. */
    public void use(ValueScale next) {
        scale = next;
        setLowerBound(next.min());
        setUpperBound(next.max());
        requestAxisLayout();
    }

    public ValueScale scale() {
        return scale;
    }

    @Override
    public double getDisplayPosition(Number value) {
        return vertical() ? scale.map(value.doubleValue(), getHeight(), 0) : scale.map(value.doubleValue(), 0, getWidth());
    }

    @Override
    public Number getValueForDisplay(double position) {
        return vertical() ? scale.valueAt(position, getHeight(), 0) : scale.valueAt(position, 0, getWidth());
    }

    /** Where zero is, NaN on a log axis or when zero is out of range (bars then start at the lowest value). */
    @Override
    public double getZeroPosition() {
        return scale.logarithmic() || scale.min() > 0 || scale.max() < 0 ? Double.NaN : getDisplayPosition(0.0);
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        // the range is the scale's, set in use()
    }

    @Override
    protected Object getRange() {
        return scale;
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        return List.copyOf(scale.ticks());
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        return scale.label(value.doubleValue());
    }

    private boolean vertical() {
        Side side = getSide();
        return side == null || side.isVertical();
    }
}
