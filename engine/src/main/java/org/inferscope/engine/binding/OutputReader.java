package org.inferscope.engine.binding;

import java.util.List;
import java.util.Optional;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.spi.OutputValue;

/**
 * Turns a model's output into the dataset's class ids or regression values. Score column {@code i}
 * means: the user's class order if given, else the map's keys, else the model's stated class labels,
 * else dataset class id {@code i}. An integer label is a class name, or with a user class order an
 * index into it. A label that is not one of the dataset's classes becomes -1 and is
 * counted in {@link #unknownPredictions()}. Not thread-safe.
 */
public final class OutputReader {
    /** Class id for a prediction that is none of the dataset's classes. */
    public static final int UNKNOWN_CLASS = ClassLookup.UNKNOWN;

    private final Task task;
    private final int classCount;
    private final ClassLookup lookup;
    private final List<String> classOrder;
    private final List<String> modelClassLabels;
    private final String outputName;
    private long unknownPredictions;
    private ScoreKind scoreKind;

    OutputReader(Task task, List<String> classNames, List<String> classOrder, List<String> modelClassLabels,
                 String outputName) {
        this.task = task;
        this.classCount = classNames.size();
        this.lookup = new ClassLookup(classNames);
        this.classOrder = List.copyOf(classOrder);
        this.modelClassLabels = List.copyOf(modelClassLabels);
        this.outputName = outputName;
    }

    /** Writes one class id per row of {@code out} into {@code dest} from {@code offset}. */
    public void readClasses(OutputValue out, int[] dest, int offset) {
        requireTask(Task.CLASSIFICATION);
        noteKind(out);
        if (out.intLabels() != null) {
            for (int r = 0; r < out.rows(); r++) {
                dest[offset + r] = count(labelId(out.intLabels()[r]));
            }
        } else if (out.stringLabels() != null) {
            for (int r = 0; r < out.rows(); r++) {
                dest[offset + r] = count(lookup.idOf(out.stringLabels()[r]));
            }
        } else {
            readArgmax(out, dest, offset);
        }
    }

    /**
     * A label is first a class name ("3"); failing that, with a user class order, an index into it, for
     * models that output class indices for a dataset whose classes are names.
     */
    private int labelId(long label) {
        int id = lookup.idOf(String.valueOf(label));
        if (id == UNKNOWN_CLASS && label >= 0 && label < classOrder.size()) {
            id = lookup.idOf(classOrder.get((int) label));
        }
        return id;
    }

    /** One class id per row of {@code out}. */
    public int[] classIds(OutputValue out) {
        int[] ids = new int[out.rows()];
        readClasses(out, ids, 0);
        return ids;
    }

    private void readArgmax(OutputValue out, int[] dest, int offset) {
        int width = out.width();
        double[] s = out.scores();
        if (width == 1) {
            readSingleScore(out, dest, offset);
            return;
        }
        int[] columnClass = columnClasses(out);
        for (int r = 0; r < out.rows(); r++) {
            int best = 0;
            for (int c = 1; c < width; c++) {
                if (s[r * width + c] > s[r * width + best]) {
                    best = c;
                }
            }
            dest[offset + r] = count(columnClass[best]);
        }
    }

    /** One score per row of a two-class problem: the second class's probability, or its logit. */
    private void readSingleScore(OutputValue out, int[] dest, int offset) {
        if (classCount != 2) {
            throw new BadInputException("The output '" + outputName + "' has one score per row but the dataset has "
                    + classCount + " classes: choose an output with one score per class or the labels output.");
        }
        double threshold = scoreKind == ScoreKind.PROBABILITIES ? 0.5 : 0.0;
        for (int r = 0; r < out.rows(); r++) {
            dest[offset + r] = out.scores()[r] >= threshold ? 1 : 0;
        }
    }

    private int[] columnClasses(OutputValue out) {
        List<String> names = !classOrder.isEmpty() ? classOrder
                : !out.scoreKeys().isEmpty() ? out.scoreKeys()
                : modelClassLabels;
        int[] columnClass = new int[out.width()];
        if (names.isEmpty()) {
            for (int c = 0; c < columnClass.length; c++) {
                columnClass[c] = c < classCount ? c : UNKNOWN_CLASS;
            }
            return columnClass;
        }
        if (names.size() != out.width()) {
            throw new BadInputException("The class order names " + names.size() + " classes but the output '"
                    + outputName + "' has " + out.width() + " score columns: give one class name per column.");
        }
        for (int c = 0; c < columnClass.length; c++) {
            columnClass[c] = lookup.idOf(names.get(c));
        }
        return columnClass;
    }

    private int count(int classId) {
        if (classId == UNKNOWN_CLASS) {
            unknownPredictions++;
        }
        return classId;
    }

    /** Writes one regression value per row of {@code out} into {@code dest} from {@code offset}. */
    public void readValues(OutputValue out, double[] dest, int offset) {
        requireTask(Task.REGRESSION);
        if (out.scores() == null || out.width() != 1) {
            String what = out.scores() == null ? "labels" : out.width() + " values per row";
            throw new BadInputException("The output '" + outputName + "' holds " + what
                    + ", not one number per row: choose the output that holds the predicted value.");
        }
        noteKind(out);
        System.arraycopy(out.scores(), 0, dest, offset, out.rows());
    }

    private void requireTask(Task expected) {
        if (task != expected) {
            throw new IllegalStateException("this reader reads " + task + " outputs");
        }
    }

    private void noteKind(OutputValue out) {
        if (scoreKind == null) {
            scoreKind = task == Task.REGRESSION ? ScoreKind.VALUES : detect(out);
        }
    }

    /** Predictions so far that were none of the dataset's classes. */
    public long unknownPredictions() {
        return unknownPredictions;
    }

    /** What the first output read held; empty before any. */
    public Optional<ScoreKind> scoreKind() {
        return Optional.ofNullable(scoreKind);
    }

    /** Tells probabilities, log-probabilities, logits and labels apart by the values of one output. */
    public static ScoreKind detect(OutputValue out) {
        if (out.scores() == null) {
            return ScoreKind.LABELS;
        }
        if (allRows(out, false)) {
            return ScoreKind.PROBABILITIES;
        }
        return allRows(out, true) ? ScoreKind.LOG_PROBABILITIES : ScoreKind.LOGITS;
    }

    private static boolean allRows(OutputValue out, boolean logs) {
        double[] s = out.scores();
        int width = out.width();
        if (width == 1) {
            return !logs && inUnitInterval(s);
        }
        for (int r = 0; r < out.rows(); r++) {
            double sum = 0;
            for (int c = 0; c < width; c++) {
                double v = s[r * width + c];
                if (logs ? v > 1e-6 : v < -1e-6 || v > 1 + 1e-6) {
                    return false;
                }
                sum += logs ? Math.exp(v) : v;
            }
            if (Math.abs(sum - 1) > 1e-3) {
                return false;
            }
        }
        return out.rows() > 0;
    }

    private static boolean inUnitInterval(double[] values) {
        for (double v : values) {
            if (v < 0 || v > 1) {
                return false;
            }
        }
        return values.length > 0;
    }
}
