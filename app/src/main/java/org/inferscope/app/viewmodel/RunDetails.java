package org.inferscope.app.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inferscope.engine.api.Fidelity;
import org.inferscope.engine.api.LayerChange;
import org.inferscope.engine.api.Provenance;
import org.inferscope.engine.api.Quality;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.SkippedLayer;
import org.inferscope.engine.api.TransformReport;

/**
 * What the details panel says about one run, from the engine's result: what the transform changed
 * (layers, skipped layers with their reasons, sizes), how faithful the variant is, and the engine's
 * notes, among them why INT8 is or is not faster on this CPU.
 *
 * @param title the run's label
 * @param sections headed lists of lines, in reading order
 */
public record RunDetails(String title, List<Section> sections) {

    /** A heading and its lines. */
    public record Section(String heading, List<String> lines) {
    }

    public static RunDetails none() {
        return new RunDetails("", List.of());
    }

    public static RunDetails of(ComparisonRow row) {
        if (row == null) {
            return none();
        }
        RunResult result = row.result();
        List<Section> sections = new ArrayList<>();
        TransformReport transform = result.transform();
        if (transform == null) {
            sections.add(new Section("Transform", List.of("The original model, unchanged.")));
        } else {
            sections.add(new Section("Transform", transformLines(transform)));
            if (!transform.skipped().isEmpty()) {
                sections.add(new Section("Left as they were", transform.skipped().stream().map(RunDetails::skipped).toList()));
            }
        }
        if (result.fidelity() != null) {
            sections.add(new Section("Fidelity to the original", fidelityLines(result.fidelity(), result.quality())));
        }
        if (!result.notes().isEmpty()) {
            sections.add(new Section("Notes", result.notes()));
        }
        sections.add(new Section("Where it ran", whereLines(result.provenance())));
        return new RunDetails(row.label(), sections);
    }

    private static List<String> transformLines(TransformReport t) {
        List<String> lines = new ArrayList<>();
        lines.add(t.summary());
        t.changed().stream().map(RunDetails::changed).forEach(lines::add);
        lines.add("Size: " + Sizes.bytes(t.originalBytes()) + " → " + Sizes.bytes(t.variantBytes())
                + " (" + Sizes.bytes(t.variantCompressedBytes()) + " gzip-compressed)");
        if (t.weightSparsity() > 0) {
            lines.add(format("Zero weights: %.1f%% of all weights", t.weightSparsity() * 100));
        }
        return lines;
    }

    private static String changed(LayerChange c) {
        String counts = c.weightsBefore() == c.weightsAfter() ? format("%,d weights", c.weightsBefore())
                : format("%,d → %,d weights", c.weightsBefore(), c.weightsAfter());
        return c.node() + " (" + c.op() + "): " + c.change() + ", " + counts;
    }

    private static String skipped(SkippedLayer s) {
        return s.node() + " (" + s.op() + "): " + s.reason();
    }

    private static List<String> fidelityLines(Fidelity f, Quality variant) {
        List<String> lines = new ArrayList<>();
        lines.add(format("Compared on %,d rows of output '%s'", f.rows(), f.output()));
        if (f.top1Agreement() != null) {
            lines.add(format("Top-1 agreement: %.2f%%", f.top1Agreement() * 100));
        }
        if (f.maxAbsDiff() != null && f.meanAbsDiff() != null) {
            lines.add(format("Output difference: max %.4g, mean %.4g", f.maxAbsDiff(), f.meanAbsDiff()));
        }
        Quality original = f.original();
        if (original != null && original.accuracy() != null && variant.accuracy() != null) {
            lines.add(format("Accuracy: %.2f%% → %.2f%% (%+.2f pts)", original.accuracy() * 100,
                    variant.accuracy() * 100, (variant.accuracy() - original.accuracy()) * 100));
        } else if (original != null && original.mse() != null && variant.mse() != null) {
            lines.add(format("MSE: %.4g → %.4g", original.mse(), variant.mse()));
        }
        return lines;
    }

    private static List<String> whereLines(Provenance p) {
        List<String> lines = new ArrayList<>();
        lines.add(p.backend() + " " + p.backendVersion() + " on " + p.device());
        lines.add(p.cpuModel() + ", " + p.logicalCpus() + " logical CPUs");
        if (!p.cpuFlags().isEmpty()) {
            lines.add("CPU features: " + String.join(", ", p.cpuFlags()));
        }
        return lines;
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
