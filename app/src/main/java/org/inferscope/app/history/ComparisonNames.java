package org.inferscope.app.history;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The name a comparison gets when the user gives none or a blank one. */
final class ComparisonNames {
    static final int MAX_LENGTH = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ComparisonNames() {
    }

    static String orDefault(String name, Instant createdAt) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            return "Comparison of " + WHEN.format(createdAt.atZone(ZoneId.systemDefault()));
        }
        return trimmed.length() > MAX_LENGTH ? trimmed.substring(0, MAX_LENGTH) : trimmed;
    }
}
