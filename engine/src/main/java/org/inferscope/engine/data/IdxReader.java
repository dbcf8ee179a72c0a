package org.inferscope.engine.data;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.DatasetFormat;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.FeatureMatrix;
import org.inferscope.engine.api.MissingValues;
import org.inferscope.engine.api.Task;

/**
 * Reads an MNIST-style IDX pair: unsigned-byte images [n, rows, cols] flattened to "pixel0".. with raw
 * 0..255 values, and unsigned-byte labels as a classification target named "label".
 */
final class IdxReader {

    static final int IMAGES_MAGIC = 0x00000803;
    static final int LABELS_MAGIC = 0x00000801;

    private final IdxPair pair;
    private final DatasetOptions options;

    IdxReader(IdxPair pair, DatasetOptions options) {
        this.pair = pair;
        this.options = options;
    }

    /** The first four bytes of an IDX file, as a big-endian int; -1 when shorter. */
    static int magic(byte[] head) {
        if (head.length < 4) {
            return -1;
        }
        return (head[0] & 0xff) << 24 | (head[1] & 0xff) << 16 | (head[2] & 0xff) << 8 | head[3] & 0xff;
    }

    LoadedData read() {
        LibSvmReader.rejectTargetColumn(options, pair.images().getFileName().toString());
        FeatureMatrix images = readImages(DataFile.of(pair.images()));
        int[] labels = readLabels(DataFile.of(pair.labels()), images.rows());
        TargetCollector target = TargetCollector.inferred(String.valueOf(pair.labels().getFileName()), "label");
        for (int label : labels) {
            target.add(Integer.toString(label), 0);
        }
        Task task = options.task() != null ? options.task() : Task.CLASSIFICATION;
        String reason = options.task() != null ? "set by options" : "IDX label file";
        return new LoadedData(DatasetFormat.IDX, pixelNames(images.columns()), images,
                target.build(task, reason), MissingValues.none(options.missing()));
    }

    private FeatureMatrix readImages(DataFile file) {
        try (DataInputStream in = new DataInputStream(file.open())) {
            expectMagic(in.readInt(), IMAGES_MAGIC, file, "images");
            int n = count(in.readInt(), file);
            if (n == 0) {
                throw new BadInputException(file.name() + " holds no images: give a file with at least one.");
            }
            int rows = count(in.readInt(), file);
            int cols = count(in.readInt(), file);
            long total = (long) n * rows * cols;
            if (total > GrowingFloats.MAX_VALUES) {
                throw GrowingFloats.tooMany(file.name());
            }
            float[] pixels = readBytes(in, (int) total, file, n + " images of " + rows + "x" + cols);
            return new FeatureMatrix(n, rows * cols, pixels);
        } catch (EOFException e) {
            throw truncated(file, "its header");
        } catch (IOException e) {
            throw file.unreadable(e);
        }
    }

    private int[] readLabels(DataFile file, int expected) {
        try (DataInputStream in = new DataInputStream(file.open())) {
            expectMagic(in.readInt(), LABELS_MAGIC, file, "labels");
            int n = count(in.readInt(), file);
            if (n != expected) {
                throw new BadInputException(file.name() + " has " + n + " labels but its images file has " + expected
                        + " images: give the labels file that belongs to those images.");
            }
            float[] raw = readBytes(in, n, file, n + " labels");
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = (int) raw[i];
            }
            return labels;
        } catch (EOFException e) {
            throw truncated(file, "its header");
        } catch (IOException e) {
            throw file.unreadable(e);
        }
    }

    private static float[] readBytes(InputStream in, int count, DataFile file, String promised) throws IOException {
        float[] out = new float[count];
        byte[] buf = new byte[1 << 16];
        int done = 0;
        while (done < count) {
            int got = readSome(in, buf, count - done);
            if (got < 0) {
                throw truncated(file, "byte " + done + " of the " + promised + " it promises");
            }
            for (int i = 0; i < got; i++) {
                out[done + i] = buf[i] & 0xff;
            }
            done += got;
        }
        return out;
    }

    /** Bytes read, or -1 at the end; a gzip stream cut short counts as the end too. */
    private static int readSome(InputStream in, byte[] buf, int left) throws IOException {
        try {
            return in.read(buf, 0, Math.min(buf.length, left));
        } catch (EOFException e) {
            return -1;
        }
    }

    private static void expectMagic(int magic, int expected, DataFile file, String role) {
        if (magic != expected) {
            throw new BadInputException(file.name() + " is not an IDX " + role + " file of unsigned bytes: it starts with "
                    + String.format("0x%08X instead of 0x%08X", magic, expected) + "; give the MNIST-style " + role + " file.");
        }
    }

    private static int count(int value, DataFile file) {
        if (value < 0) {
            throw new BadInputException(file.name() + " declares a negative size (" + value + "): the file is corrupt.");
        }
        return value;
    }

    private static BadInputException truncated(DataFile file, String where) {
        return new BadInputException(file.name() + " is truncated: it ends at " + where + "; download it again.");
    }

    private static List<String> pixelNames(int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add("pixel" + i);
        }
        return names;
    }
}
