package org.inferscope.engine.data;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.DatasetFormat;
import org.inferscope.engine.api.DatasetOptions;

/** Chooses the format from the options, else the extension, else the content. */
final class FormatDetector {

    private static final Pattern LIBSVM_LINE =
            Pattern.compile("[+-]?[0-9.eE+-]+(\\s+(qid:\\S+|[0-9]+:\\S+))+\\s*(#.*)?");

    private FormatDetector() {
    }

    static DetectedFormat detect(DataFile file, DatasetOptions options) {
        if (file.isEmpty()) {
            throw new BadInputException(file.name() + " is empty: give a file with at least one row of data.");
        }
        if (options.format() != null) {
            return forced(options.format(), file);
        }
        int magic = IdxReader.magic(file.head());
        if (magic == IdxReader.IMAGES_MAGIC || magic == IdxReader.LABELS_MAGIC) {
            return DetectedFormat.of(DatasetFormat.IDX);
        }
        rejectBinary(file);
        return byExtension(file).orElseGet(() -> byContent(file));
    }

    private static DetectedFormat forced(DatasetFormat format, DataFile file) {
        if (format == DatasetFormat.IDX) {
            return DetectedFormat.of(format);
        }
        rejectBinary(file);
        return switch (format) {
            case CSV -> DetectedFormat.delimited(DelimiterSniffer.sniff(file.head()));
            case TSV -> DetectedFormat.delimited(Delimiter.TAB);
            default -> DetectedFormat.of(format);
        };
    }

    private static void rejectBinary(DataFile file) {
        BinaryContent.describe(file.head()).ifPresent(kind -> {
            throw new BadInputException(file.name() + " is not a text table (it looks like " + kind
                    + "): give a CSV, TSV, ARFF, LibSVM or IDX (MNIST) file.");
        });
    }

    private static Optional<DetectedFormat> byExtension(DataFile file) {
        return switch (file.extension()) {
            case "arff" -> Optional.of(DetectedFormat.of(DatasetFormat.ARFF));
            case "libsvm", "svm", "svmlight" -> Optional.of(DetectedFormat.of(DatasetFormat.LIBSVM));
            case "tsv", "tab" -> Optional.of(DetectedFormat.delimited(Delimiter.TAB));
            case "csv" -> Optional.of(DetectedFormat.delimited(DelimiterSniffer.sniff(file.head())));
            default -> Optional.empty();
        };
    }

    private static DetectedFormat byContent(DataFile file) {
        String first = firstMeaningfulLine(file.head());
        if (first.toLowerCase(Locale.ROOT).startsWith("@relation")) {
            return DetectedFormat.of(DatasetFormat.ARFF);
        }
        if (LIBSVM_LINE.matcher(first).matches()) {
            return DetectedFormat.of(DatasetFormat.LIBSVM);
        }
        return DetectedFormat.delimited(DelimiterSniffer.sniff(file.head()));
    }

    /** The first line that is neither blank nor an ARFF ('%') or LibSVM ('#') comment. */
    private static String firstMeaningfulLine(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
        for (String line : text.split("\\R", 200)) {
            String t = line.trim();
            if (!t.isEmpty() && !t.startsWith("%") && !t.startsWith("#")) {
                return t;
            }
        }
        return "";
    }
}
