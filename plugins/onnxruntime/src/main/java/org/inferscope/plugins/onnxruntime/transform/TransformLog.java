package org.inferscope.plugins.onnxruntime.transform;

import java.util.ArrayList;
import java.util.List;
import org.inferscope.engine.api.LayerChange;
import org.inferscope.engine.api.SkippedLayer;

/** What the rewrites did, collected as they run, for the {@link org.inferscope.engine.api.TransformReport}. */
public final class TransformLog {
    private final List<LayerChange> changed = new ArrayList<>();
    private final List<SkippedLayer> skipped = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> summary = new ArrayList<>();

    public void changed(LayerChange change) {
        changed.add(change);
    }

    public void skipped(String node, String op, String reason) {
        skipped.add(new SkippedLayer(node, op, reason));
    }

    public void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    /** One clause of the summary line ("INT8 dynamic per-tensor: 3 of 3 MatMul quantized"). */
    public void summary(String clause) {
        summary.add(clause);
    }

    public List<LayerChange> changedLayers() {
        return List.copyOf(changed);
    }

    public List<SkippedLayer> skippedLayers() {
        return List.copyOf(skipped);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    public String summaryLine() {
        return summary.isEmpty() ? "unchanged" : String.join("; ", summary);
    }
}
