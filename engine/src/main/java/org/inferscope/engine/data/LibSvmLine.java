package org.inferscope.engine.data;

import java.util.regex.Pattern;
import org.inferscope.engine.api.BadInputException;

/** Parses one LibSVM line into the sparse rows and the target. */
final class LibSvmLine {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String file;
    private final SparseRows rows;
    private final TargetCollector target;

    LibSvmLine(String file, SparseRows rows, TargetCollector target) {
        this.file = file;
        this.rows = rows;
        this.target = target;
    }

    void parse(String raw, long line) {
        String text = withoutComment(raw, line).trim();
        if (text.isEmpty()) {
            return;
        }
        String[] tokens = SPACES.split(text);
        if (!Cells.isNumber(tokens[0])) {
            throw garbage(tokens[0], line, "does not start with a numeric label");
        }
        rows.startRow(line);
        target.add(tokens[0], line);
        for (int i = 1; i < tokens.length; i++) {
            pair(tokens[i], line);
        }
    }

    private String withoutComment(String raw, long line) {
        String text = line == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        int hash = text.indexOf('#');
        return hash < 0 ? text : text.substring(0, hash);
    }

    private void pair(String token, long line) {
        int colon = token.indexOf(':');
        if (colon <= 0) {
            throw garbage(token, line, "is not an index:value pair");
        }
        String key = token.substring(0, colon);
        if (key.equals("qid")) {
            return;
        }
        int index = index(key, token, line);
        double value = Cells.parse(token.substring(colon + 1));
        if (Double.isNaN(value)) {
            throw garbage(token, line, "has a value that is not a number");
        }
        rows.add(index, (float) value, line);
    }

    private int index(String key, String token, long line) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                throw garbage(token, line, "has an index that is not a whole number 0 or more");
            }
        }
        if (key.length() > 9) {
            throw garbage(token, line, "has an index too large for a dense matrix");
        }
        return Integer.parseInt(key);
    }

    private BadInputException garbage(String token, long line, String problem) {
        String shown = token.length() > 40 ? token.substring(0, 40) + "..." : token;
        return new BadInputException(file + " line " + line + ": '" + shown + "' " + problem
                + "; each line must read 'label index:value index:value ...'.");
    }
}
