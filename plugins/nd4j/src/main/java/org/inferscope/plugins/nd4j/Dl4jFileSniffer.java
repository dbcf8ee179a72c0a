package org.inferscope.plugins.nd4j;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Recognises a Deeplearning4j model zip by its first bytes: a ZIP local file header whose first entry is
 * one of the entries {@code ModelSerializer} writes first. Judged on at most the first 4 KiB; never throws.
 */
final class Dl4jFileSniffer {

    static final String CONFIGURATION = "configuration.json";
    static final String COEFFICIENTS = "coefficients.bin";
    private static final Set<String> FIRST_ENTRIES = Set.of(CONFIGURATION, COEFFICIENTS);
    /** Offset of the file name in a ZIP local file header. */
    private static final int NAME_OFFSET = 30;

    private Dl4jFileSniffer() {
    }

    static boolean looksLikeDl4j(byte[] head) {
        if (head == null || head.length < NAME_OFFSET || head[0] != 'P' || head[1] != 'K' || head[2] != 3
                || head[3] != 4) {
            return false;
        }
        int nameLength = (head[26] & 0xff) | (head[27] & 0xff) << 8;
        if (nameLength == 0 || NAME_OFFSET + nameLength > head.length) {
            return false;
        }
        String first = new String(head, NAME_OFFSET, nameLength, StandardCharsets.UTF_8);
        return FIRST_ENTRIES.contains(first);
    }
}
