package org.inferscope.plugins.tribuo;

import java.nio.file.Path;
import org.inferscope.engine.api.BadInputException;

/** The sentences this plugin shows users, kept to one line each. */
final class Messages {
    private static final int MAX_DETAIL = 160;

    private Messages() {
    }

    static String fileName(Path file) {
        if (file == null) {
            return "the model";
        }
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    static BadInputException notTribuo(String name, String why, Throwable cause) {
        return new BadInputException(name + " is not a Tribuo model (" + why
                + "): choose a model saved with Tribuo's Model.serializeToFile.", cause);
    }

    /** The exception's own message on one short line, else its simple class name. */
    static String shorten(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String line = message.replaceAll("\\s+", " ").trim();
        return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL) + "…";
    }
}
