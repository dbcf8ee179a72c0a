package org.inferscope.scale;

import java.util.Locale;
import org.inferscope.engine.api.Quality;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.Task;

/** A few lines of text that sum a result up on the terminal; --json prints all of it. */
final class ResultLines {

    private ResultLines() {
    }

    static String summary(RunResult r) {
        Quality q = r.quality();
        StringBuilder s = new StringBuilder();
        s.append(r.model().file()).append(" on ").append(r.dataset().file()).append(": ").append(q.rows())
                .append(" rows, ");
        if (q.task() == Task.CLASSIFICATION) {
            s.append(String.format(Locale.ROOT, "accuracy %.4f, macro-F1 %.4f", q.accuracy(), q.macroF1()));
        } else {
            s.append(String.format(Locale.ROOT, "MSE %.6g, MAE %.6g, R2 %.4f", q.mse(), q.mae(), q.r2()));
        }
        if (r.fidelity() != null && r.fidelity().top1Agreement() != null) {
            s.append(String.format(Locale.ROOT, ", top-1 agreement with the original %.4f",
                    r.fidelity().top1Agreement()));
        }
        for (String note : r.notes()) {
            s.append(System.lineSeparator()).append("  ").append(note);
        }
        return s.toString();
    }
}
