package org.inferscope.app.viewmodel;

import org.inferscope.engine.report.chart.Palette;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** What the window shows while a run goes on; changed only on the UI thread by {@link LiveRun}. */
public final class LiveRunState {
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper(this, "phase", "Ready");
    private final ReadOnlyObjectWrapper<LatencyHistogram> histogram =
            new ReadOnlyObjectWrapper<>(this, "histogram", LatencyHistogram.empty());
    private final ReadOnlyDoubleWrapper qualitySoFar = new ReadOnlyDoubleWrapper(this, "qualitySoFar", Double.NaN);
    private final ReadOnlyStringWrapper runLabel = new ReadOnlyStringWrapper(this, "runLabel", "");
    private final ReadOnlyStringWrapper colour = new ReadOnlyStringWrapper(this, "colour", Palette.colour(0));

    /** 0..1 over the whole run. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Measuring single-row latency", "Ready", "Cancelled". */
    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The running configuration's latency distribution so far. */
    public ReadOnlyObjectProperty<LatencyHistogram> histogramProperty() {
        return histogram.getReadOnlyProperty();
    }

    /** Accuracy (or MSE) over the rows scored so far; NaN before the quality pass. */
    public ReadOnlyDoubleProperty qualitySoFarProperty() {
        return qualitySoFar.getReadOnlyProperty();
    }

    /** The configuration running now, "" when none. */
    public ReadOnlyStringProperty runLabelProperty() {
        return runLabel.getReadOnlyProperty();
    }

    /** The colour of the configuration the histogram shows (it stays after the run ends). */
    public ReadOnlyStringProperty colourProperty() {
        return colour.getReadOnlyProperty();
    }

    void start(String label, String runColour) {
        runLabel.set(label);
        colour.set(runColour);
        progress.set(0);
        qualitySoFar.set(Double.NaN);
        histogram.set(LatencyHistogram.empty());
        phase.set("Starting " + label);
    }

    void update(double progressValue, String phaseText) {
        progress.set(progressValue);
        phase.set(phaseText);
    }

    void histogram(LatencyHistogram h) {
        histogram.set(h);
    }

    void qualitySoFar(double q) {
        qualitySoFar.set(q);
    }

    void finish(String phaseText) {
        progress.set(phaseText.startsWith("Done") ? 1 : 0);
        phase.set(phaseText);
        runLabel.set("");
    }
}
