package org.inferscope.cli;

import java.io.PrintWriter;
import org.inferscope.engine.api.Fidelity;
import org.inferscope.engine.api.LayerChange;
import org.inferscope.engine.api.Quality;
import org.inferscope.engine.api.SkippedLayer;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.api.TransformReport;

/** Prints what a transform did, and how faithful the variant stayed. */
final class TransformPrinter {
    private final PrintWriter out;

    TransformPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(TransformReport r) {
        out.printf("Transform   %s%n", r.summary());
        out.printf("Size        %s -> %s (%s gzip-compressed), weights %s zero%n", Format.bytes(r.originalBytes()),
                Format.bytes(r.variantBytes()), Format.bytes(r.variantCompressedBytes()),
                Format.percent(r.weightSparsity()));
        if (!r.changed().isEmpty()) {
            TextTable t = new TextTable("  LAYER", "OP", "CHANGE", "WEIGHTS BEFORE", "AFTER", "ZEROS");
            for (LayerChange c : r.changed()) {
                t.row("  " + c.node(), c.op(), c.change(), c.weightsBefore(), c.weightsAfter(),
                        Format.percent(c.sparsity()));
            }
            t.print(out);
        }
        for (SkippedLayer s : r.skipped()) {
            out.printf("Kept FP32   %s (%s): %s%n", s.node(), s.op(), s.reason());
        }
        out.println();
    }

    void print(Fidelity f) {
        Quality original = f.original();
        if (original != null && original.task() == Task.CLASSIFICATION) {
            out.printf("Original    accuracy %s on the same rows%n", Format.percent(original.accuracy()));
        } else if (original != null) {
            out.printf("Original    MSE %s on the same rows%n", Format.number(original.mse(), 6));
        }
        StringBuilder line = new StringBuilder("Fidelity    ");
        if (f.top1Agreement() != null) {
            line.append("top-1 agreement ").append(Format.percent(f.top1Agreement())).append("  ");
        }
        if (f.maxAbsDiff() != null) {
            line.append("output max |diff| ").append(Format.number(f.maxAbsDiff(), 6))
                    .append("  mean |diff| ").append(Format.number(f.meanAbsDiff(), 6))
                    .append("  MSE ").append(Format.number(f.outputMse(), 8));
        }
        out.println(line.toString().stripTrailing() + "  (output '" + f.output() + "')");
        out.println();
    }
}
