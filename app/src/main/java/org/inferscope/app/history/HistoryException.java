package org.inferscope.app.history;

/** A failure of the run history, with a message the user can read as one sentence. */
public final class HistoryException extends RuntimeException {

    public HistoryException(String sentence, Throwable cause) {
        super(sentence, cause);
    }

    public HistoryException(String sentence) {
        super(sentence);
    }
}
