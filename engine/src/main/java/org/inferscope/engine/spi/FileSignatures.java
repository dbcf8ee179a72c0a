package org.inferscope.engine.spi;

import java.util.Optional;

/**
 * Well-known file formats recognised by their first bytes, so that a reader given the wrong kind of
 * file can say what it got ("it looks like a PNG image"). Shared by the dataset readers and plugins.
 */
public final class FileSignatures {

    private FileSignatures() {
    }

    /** What the bytes plainly are ("a PNG image"), or empty when no known signature matches. */
    public static Optional<String> knownFormat(byte[] head) {
        if (head == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(magicFormat(head));
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
        // a FlatBuffer: a small little-endian root offset (its high bytes 0, so never text), then "TFL3"
        if (h.length >= 8 && h[2] == 0 && h[3] == 0 && h[4] == 'T' && h[5] == 'F' && h[6] == 'L' && h[7] == '3') {
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
}
