package org.inferscope.app.viewmodel;

import java.util.Locale;

/** Byte counts as people read them. */
final class Sizes {
    private Sizes() {
    }

    static String bytes(long n) {
        if (n < 0) {
            return "unknown";
        }
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
    }
}
