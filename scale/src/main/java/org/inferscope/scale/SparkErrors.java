package org.inferscope.scale;

import java.util.function.Supplier;
import org.inferscope.engine.api.BadInputException;

/**
 * Turns what Spark throws into one sentence for the user. A {@link BadInputException} thrown in a task
 * arrives on the driver wrapped in Spark's job failure: it is unwrapped and rethrown as it was.
 */
final class SparkErrors {
    private static final String BAD_INPUT = BadInputException.class.getName() + ": ";

    private SparkErrors() {
    }

    /** Runs a Spark action on the data at {@code location}, translating its failures. */
    static <T> T translate(Supplier<T> action, String location) {
        try {
            return action.get();
        } catch (BadInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw translated(e, location);
        }
    }

    static RuntimeException translated(Throwable e, String location) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BadInputException bad) {
                return new BadInputException(bad.getMessage(), e);
            }
        }
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf(BAD_INPUT);
        if (at >= 0) {
            return new BadInputException(firstLine(message.substring(at + BAD_INPUT.length())), e);
        }
        if (message.contains("MALFORMED_RECORD") || message.contains("Malformed records")) {
            return new BadInputException(location + " has a malformed row (Spark: " + firstLine(message)
                    + "): check that every row has as many fields as the header, and the delimiter.", e);
        }
        if (message.contains("PATH_NOT_FOUND") || message.contains("Path does not exist")) {
            return new BadInputException("The dataset " + location + " does not exist: check the path or URI.", e);
        }
        return new BadInputException("Spark could not read or score " + location + ": " + firstLine(message) + ".", e);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
