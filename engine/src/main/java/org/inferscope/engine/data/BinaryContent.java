package org.inferscope.engine.data;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.inferscope.engine.spi.FileSignatures;

/** Recognises content that is not text, so that a picture given as CSV gets a clear message. */
final class BinaryContent {

    private BinaryContent() {
    }

    /** What the bytes look like ("a PNG image") when they are not UTF-8 text; empty for text. */
    static Optional<String> describe(byte[] head) {
        Optional<String> known = FileSignatures.knownFormat(head);
        if (known.isPresent()) {
            return known;
        }
        if (hasNul(head) || !isUtf8(head)) {
            return Optional.of("binary data");
        }
        return Optional.empty();
    }

    private static boolean hasNul(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUtf8(byte[] head) {
        // the head may end inside a multi-byte character, so drop up to three trailing bytes
        for (int cut = 0; cut <= Math.min(3, head.length); cut++) {
            try {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(head, 0, head.length - cut));
                return true;
            } catch (CharacterCodingException e) {
                // try a shorter prefix
            }
        }
        return false;
    }
}
