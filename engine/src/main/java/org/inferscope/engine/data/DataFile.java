package org.inferscope.engine.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.inferscope.engine.api.BadInputException;

/** A dataset file on disk, read through gzip when it is compressed. */
final class DataFile {

    private static final int HEAD_BYTES = 64 * 1024;

    private final Path path;
    private final boolean gzip;
    private final byte[] head;

    private DataFile(Path path, boolean gzip, byte[] head) {
        this.path = path;
        this.gzip = gzip;
        this.head = head;
    }

    /** Opens the file far enough to know whether it is gzip and what its first bytes are. */
    static DataFile of(Path path) {
        String name = String.valueOf(path.getFileName());
        if (Files.isDirectory(path)) {
            throw new BadInputException(name + " is a folder, not a dataset file: give the file itself.");
        }
        boolean gzip = startsWithGzipMagic(path);
        DataFile raw = new DataFile(path, gzip, new byte[0]);
        try (InputStream in = raw.open()) {
            return new DataFile(path, gzip, in.readNBytes(HEAD_BYTES));
        } catch (IOException e) {
            throw raw.unreadable(e);
        }
    }

    private static boolean startsWithGzipMagic(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        } catch (NoSuchFileException e) {
            throw new BadInputException(path + " does not exist: check the path.");
        } catch (IOException e) {
            throw new BadInputException("Could not read " + path + " (" + e.getMessage()
                    + "): check that the file is readable.");
        }
    }

    Path path() {
        return path;
    }

    /** The file name as the user sees it in messages. */
    String name() {
        return String.valueOf(path.getFileName());
    }

    boolean isGzip() {
        return gzip;
    }

    /** The extension, lower case, without a trailing ".gz": "csv" for "digits.csv.gz". */
    String extension() {
        String n = name().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1);
    }

    /** Up to 64 KiB of the (decompressed) content. */
    byte[] head() {
        return Arrays.copyOf(head, head.length);
    }

    boolean isEmpty() {
        for (byte b : head) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return false;
            }
        }
        return true;
    }

    /** The decompressed content from the start. */
    InputStream open() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        return gzip ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
    }

    /** The one-sentence error for an I/O failure while reading this file. */
    BadInputException unreadable(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof EOFException || cause instanceof ZipException) {
            return new BadInputException(name() + " is truncated or corrupt (" + cause.getMessage()
                    + "): download or write it again.", e);
        }
        return new BadInputException("Could not read " + name() + " (" + cause.getMessage()
                + "): check that the file is readable.", e);
    }
}
