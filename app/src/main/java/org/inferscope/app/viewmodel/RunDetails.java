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
import org.inferscope.engine.resources.EnergyReading;
import org.inferscope.engine.stats.Bootstrap;
import org.inferscope.engine.sweep.RunStatistics;

/**
 * What the details panel says about one run, from the engine's result: what the transform changed
 * (layers, skipped layers with their reasons, sizes), how faithful the variant is, the engine's
 * notes, among them why INT8 is or is not faster on this CPU, and the headline numbers with their
 * 95 % bootstrap intervals where the run kept its raw samples.
 *
 * @param title the run's label
 * @param sections headed lists of lines, in reading order
 */
public record RunDetails(String title, List<Section> sections) {
    /** The bootstrap's seed: the same samples always give the same intervals. */
    static final long SEED = 42;
    static final String MEASURED = "Measured, with 95% intervals";

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
        sections.add(new Section(MEASURED, measuredLines(row)));
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

    private static List<String> measuredLines(ComparisonRow row) {
        List<String> lines = new ArrayList<>();
        String memory = "Peak resident memory: " + Sizes.bytes(row.result().memory() == null ? -1
                : row.result().memory().peakResidentBytes());
        if (row.samples() == null) {
            lines.add("Confidence intervals are unavailable: this run was imported or saved before InferScope kept"
                    + " raw samples.");
            lines.add(memory);
            return lines;
        }
        RunStatistics stats = RunStatistics.of(row.samples(), new Bootstrap(SEED), 0);
        if (stats.accuracy() != null) {
            lines.add("Accuracy: " + IntervalText.percent(stats.accuracy()));
        }
        if (stats.p50Micros() != null) {
            lines.add("Latency p50: " + IntervalText.micros(stats.p50Micros(), false));
            lines.add("Latency p99: " + IntervalText.micros(stats.p99Micros(), false));
        }
        if (stats.rowsPerSecond() != null) {
            lines.add("Throughput at batch " + stats.batchSize() + ": " + IntervalText.rate(stats.rowsPerSecond(), false));
        }
        lines.add(memory);
        lines.add(energy(stats.energy()));
        return lines;
    }

    private static String energy(EnergyReading e) {
        if (e == null) {
            return "Energy per 1,000 inferences: not measured.";
        }
        return e.measured() && e.joulesPer1000() != null
                ? format("Energy per 1,000 inferences: %.3g J (%s)", e.joulesPer1000(), e.reason())
                : "Energy per 1,000 inferences: " + e.reason();
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
