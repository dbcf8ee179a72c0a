package org.inferscope.plugins.nd4j.transform;

import java.util.ArrayList;
import java.util.List;
import org.inferscope.engine.api.LayerChange;
import org.inferscope.engine.api.SkippedLayer;

/** What the steps of one transform did, collected for its {@link org.inferscope.engine.api.TransformReport}. */
final class TransformNotes {
    private final List<LayerChange> changed = new ArrayList<>();
    private final List<SkippedLayer> skipped = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> summary = new ArrayList<>();

    void changed(LayerChange change) {
        changed.add(change);
    }

    void skipped(String layer, String type, String reason) {
        skipped.add(new SkippedLayer(layer, type, reason));
    }

    void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    void summary(String clause) {
        summary.add(clause);
    }

    List<LayerChange> changedLayers() {
        return List.copyOf(changed);
    }

    List<SkippedLayer> skippedLayers() {
        return List.copyOf(skipped);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    String summaryLine() {
        return summary.isEmpty() ? "unchanged" : String.join("; ", summary);
    }
}
