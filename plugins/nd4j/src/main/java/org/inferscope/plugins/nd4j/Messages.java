package org.inferscope.plugins.nd4j;

/** Turns a library's exception into a short clause for a user's sentence. */
final class Messages {

    private static final int MAX = 200;

    private Messages() {
    }

    /** The innermost cause's first line, shortened: what actually went wrong. */
    static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return shorten(root);
    }

    /** The exception's own first line, shortened, or its type when it has no message. */
    static String shorten(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String first = message.strip().split("\n")[0];
        return first.length() > MAX ? first.substring(0, MAX) + "..." : first;
    }
}
