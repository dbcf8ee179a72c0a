package org.inferscope.engine.api;

/**
 * An expected failure caused by what the user gave us: a wrong, truncated or hostile model file, a
 * malformed dataset, features that do not match. The message is one sentence for the user: it names
 * the file (and the row or column when there is one) and says what to do.
 */
public class BadInputException extends RuntimeException {

    public BadInputException(String userMessage) {
        super(userMessage);
    }

    public BadInputException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
