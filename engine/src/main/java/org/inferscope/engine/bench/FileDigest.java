package org.inferscope.engine.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.inferscope.engine.api.BadInputException;

/** SHA-256 of a file, streamed so that a large dataset is never held twice in memory. */
public final class FileDigest {
    private static final int BUFFER = 1 << 16;

    private FileDigest() {
    }

    /** The lower-case hex SHA-256 of the file's bytes. */
    public static String sha256(Path file) {
        MessageDigest digest = newSha256();
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new BadInputException("Could not read " + file + " to hash it: " + e.getMessage() + ".", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
