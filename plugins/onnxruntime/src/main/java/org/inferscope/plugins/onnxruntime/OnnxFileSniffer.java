package org.inferscope.plugins.onnxruntime;

import java.util.Optional;
import org.inferscope.engine.spi.FileSignatures;

/**
 * Judges from a file's first bytes whether it can be an ONNX model, and names what it looks like
 * when it plainly is something else. An ONNX file is a protobuf {@code ModelProto}; writers put
 * field 1 ({@code ir_version}, a small varint) first, so the file starts with {@code 0x08}.
 */
final class OnnxFileSniffer {

    private OnnxFileSniffer() {
    }

    /** True when the bytes look like the start of a ModelProto. Never throws. */
    static boolean looksLikeOnnx(byte[] head) {
        if (head == null || head.length < 3 || head[0] != 0x08) {
            return false;
        }
        int irVersion = head[1] & 0xff;
        return irVersion >= 1 && irVersion <= 30 && isModelProtoTag(head[2] & 0xff);
    }

    /** Tags of the ModelProto fields that can follow ir_version (fields 2-8, 14, 20, 25). */
    private static boolean isModelProtoTag(int tag) {
        return switch (tag) {
            case 0x12, 0x1a, 0x22, 0x28, 0x32, 0x3a, 0x42, 0x72, 0xa2, 0xca -> true;
            default -> false;
        };
    }

    /**
     * What the bytes plainly are when they are not ONNX ("a PNG image"), or empty when they may be
     * ONNX or are not recognisable.
     */
    static Optional<String> knownOtherFormat(byte[] head) {
        if (head == null || head.length == 0) {
            return Optional.empty();
        }
        Optional<String> magic = FileSignatures.knownFormat(head);
        if (magic.isPresent()) {
            return magic;
        }
        if (head[0] != 0x08 && looksLikeText(head)) {
            return Optional.of("a text file");
        }
        return Optional.empty();
    }

    /** Printable ASCII and whitespace only (UTF-8 text with multi-byte characters counts too). */
    private static boolean looksLikeText(byte[] head) {
        int n = Math.min(head.length, 512);
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xff;
            boolean printable = b >= 0x20 && b != 0x7f;
            if (!printable && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
