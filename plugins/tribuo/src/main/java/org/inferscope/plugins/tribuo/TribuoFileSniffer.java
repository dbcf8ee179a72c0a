package org.inferscope.plugins.tribuo;

import java.nio.charset.StandardCharsets;

/**
 * Judges from a file's first bytes whether it is a Tribuo model. {@code Model.serializeToFile}
 * writes a bare protobuf {@code ModelProto}: an optional {@code version} varint (field 1, tag
 * {@code 0x08}), the model's {@code class_name} (field 2, tag {@code 0x12}), then its data as a
 * {@code google.protobuf.Any} (field 3, tag {@code 0x1a}) whose {@code type_url} (tag {@code 0x0a})
 * starts with {@code type.googleapis.com/}. An ONNX file can start with the same two tags (ir_version,
 * producer_name) but its field 3 is a version string, never an Any, so the type URL tells them apart.
 * A legacy Java-serialized model starts with the stream magic and a Tribuo class descriptor.
 */
final class TribuoFileSniffer {

    static final int JAVA_MAGIC = 0xaced;
    private static final byte[] TYPE_URL = "type.googleapis.com/".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRIBUO_PACKAGE = "org.tribuo.".getBytes(StandardCharsets.US_ASCII);

    private TribuoFileSniffer() {
    }

    /** True for the start of a Tribuo protobuf model or a Java-serialized Tribuo object. Never throws. */
    static boolean looksLikeTribuo(byte[] head) {
        try {
            return head != null && (looksLikeModelProto(head) || looksLikeSerializedTribuo(head));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** True when the bytes start with the Java serialization magic, whatever the object. */
    static boolean isJavaSerialized(byte[] head) {
        return head.length >= 2 && ((head[0] & 0xff) << 8 | head[1] & 0xff) == JAVA_MAGIC;
    }

    static boolean looksLikeModelProto(byte[] h) {
        Cursor c = new Cursor(h);
        if (c.peek() == 0x08) {
            c.next();
            c.varint();
        }
        if (c.next() != 0x12) {
            return false;
        }
        int nameLength = c.varint();
        if (nameLength < 3 || nameLength > 1000 || !isClassName(h, c.pos, nameLength)) {
            return false;
        }
        c.pos += nameLength;
        if (c.next() != 0x1a) {
            return false;
        }
        c.varint();
        if (c.next() != 0x0a) {
            return false;
        }
        c.varint();
        return startsWithAt(h, c.pos, TYPE_URL);
    }

    /** Stream magic, version 5, TC_OBJECT, TC_CLASSDESC, then a class name in the org.tribuo package. */
    private static boolean looksLikeSerializedTribuo(byte[] h) {
        return h.length > 8 && isJavaSerialized(h) && h[2] == 0 && h[3] == 5 && (h[4] & 0xff) == 0x73
                && (h[5] & 0xff) == 0x72 && startsWithAt(h, 8, TRIBUO_PACKAGE);
    }

    private static boolean isClassName(byte[] h, int from, int length) {
        if (from + length > h.length) {
            return false;
        }
        for (int i = from; i < from + length; i++) {
            int b = h[i] & 0xff;
            boolean ok = Character.isLetterOrDigit(b) || b == '.' || b == '_' || b == '$';
            if (!ok || b >= 0x80) {
                return false;
            }
        }
        return h[from] != '.' && h[from + length - 1] != '.';
    }

    private static boolean startsWithAt(byte[] h, int from, byte[] prefix) {
        if (from < 0 || from + prefix.length > h.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (h[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reads bytes and protobuf varints; past the end it reads -1, which matches no tag. */
    private static final class Cursor {
        private final byte[] bytes;
        private int pos;

        Cursor(byte[] bytes) {
            this.bytes = bytes;
        }

        int peek() {
            return pos < bytes.length ? bytes[pos] & 0xff : -1;
        }

        int next() {
            int b = peek();
            pos++;
            return b;
        }

        int varint() {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = next();
                if (b < 0) {
                    return -1;
                }
                value |= (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            return -1;
        }
    }
}
