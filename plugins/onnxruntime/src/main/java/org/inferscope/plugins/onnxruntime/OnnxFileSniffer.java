package org.inferscope.plugins.onnxruntime;

import java.util.Optional;

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
        String magic = magicFormat(head);
        if (magic != null) {
            return Optional.of(magic);
        }
        if (head[0] != 0x08 && looksLikeText(head)) {
            return Optional.of("a text file");
        }
        return Optional.empty();
    }

    private static String magicFormat(byte[] h) {
        if (startsWith(h, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(h, 0xff, 0xd8, 0xff)) {
            return "a JPEG image";
        }
        if (startsWith(h, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(h, 'P', 'K', 3, 4)) {
            return "a ZIP archive, such as a PyTorch .pt or a Keras file";
        }
        if (startsWith(h, 0x1f, 0x8b)) {
            return "a gzip archive";
        }
        if (startsWith(h, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(h, 0x89, 'H', 'D', 'F')) {
            return "an HDF5 file, such as a Keras .h5 model";
        }
        if (startsWith(h, 0xac, 0xed)) {
            return "a Java serialized object";
        }
        if (h.length >= 8 && h[4] == 'T' && h[5] == 'F' && h[6] == 'L') {
            return "a TensorFlow Lite model";
        }
        return null;
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
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
