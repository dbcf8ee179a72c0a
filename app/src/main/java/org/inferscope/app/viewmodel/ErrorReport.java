package org.inferscope.app.viewmodel;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.inferscope.app.history.HistoryException;
import org.inferscope.engine.api.BadInputException;

/**
 * A failure as the user sees it: one sentence saying what went wrong and what to do, and the
 * details (the stack trace) for "copy details".
 */
public record ErrorReport(String sentence, String details) {

    /** An expected failure keeps its sentence (the engine's, the run history's); anything else is named as unexpected. */
    public static ErrorReport of(Throwable failure) {
        return new ErrorReport(sentenceOf(failure), stackTraceOf(failure));
    }

    static String sentenceOf(Throwable failure) {
        if ((failure instanceof BadInputException || failure instanceof HistoryException) && failure.getMessage() != null) {
            return failure.getMessage();
        }
        String what = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return "Something unexpected went wrong (" + what + "); copy the details and report it.";
    }

    private static String stackTraceOf(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
