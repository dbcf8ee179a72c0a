package org.inferscope.plugins.onnxruntime;

/** Turns ONNX Runtime's and protobuf's long technical messages into a short clause for a sentence. */
final class OrtMessages {

    private static final int MAX_LENGTH = 160;

    private OrtMessages() {
    }

    static String shorten(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return shorten(message);
    }

    private static final java.util.regex.Pattern NO_OP = java.util.regex.Pattern.compile(
            "No Op registered for (\\S+) with domain_version of (\\d+)");

    static String shorten(String message) {
        java.util.regex.Matcher noOp = NO_OP.matcher(message);
        if (noOp.find()) {
            return "no operator " + noOp.group(1) + " at opset " + noOp.group(2);
        }
        if (message.contains("input ended unexpectedly")) {
            return "the data stops in the middle of a protobuf field";
        }
        String s = message.strip();
        int newline = s.indexOf('\n');
        if (newline > 0) {
            s = s.substring(0, newline);
        }
        s = s.replaceFirst("^Error code - ORT_[A-Z_]+ - message: ", "")
                .replaceFirst("^\\[ONNXRuntimeError\\] : \\d+ : [A-Z_]+ : ", "")
                .replaceFirst("^Load model from memory failed:", "")
                .replaceFirst("^/[^ ]*onnxruntime/[^ ]* ", "")
                .strip();
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.length() <= MAX_LENGTH ? s : s.substring(0, MAX_LENGTH - 1) + "…";
    }
}
