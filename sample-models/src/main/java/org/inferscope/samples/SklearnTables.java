package org.inferscope.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

/**
 * Reads the raw copies of scikit-learn's bundled datasets (as Debian's python3-sklearn ships them)
 * from one folder. Their CSV files have no header of column names: the first line is
 * {@code n_rows,n_features,class names...} and the last column is the integer class.
 */
final class SklearnTables {

    /** The raw files this reader needs, relative to its folder. */
    static final List<String> FILES = List.of("iris.csv", "wine_data.csv", "breast_cancer.csv", "digits.csv.gz",
            "diabetes_data_raw.csv.gz", "diabetes_target.csv.gz");

    private final Path dir;

    SklearnTables(Path dir) {
        this.dir = dir;
    }

    /** All five datasets, in a fixed order. */
    List<LabelledTable> all() {
        return List.of(
                classes("iris", "iris.csv", SklearnFeatureNames.IRIS, "species"),
                classes("wine", "wine_data.csv", SklearnFeatureNames.WINE, "cultivar"),
                classes("breast-cancer", "breast_cancer.csv", SklearnFeatureNames.breastCancer(), "diagnosis"),
                digits(),
                diabetes());
    }

    private LabelledTable classes(String name, String file, List<String> featureNames, String target) {
        List<String> lines = lines(file);
        String[] head = lines.get(0).split(",");
        int rows = Integer.parseInt(head[0].trim());
        int width = Integer.parseInt(head[1].trim());
        if (width != featureNames.size() || lines.size() - 1 != rows) {
            throw new IllegalStateException(file + ": expected " + featureNames.size() + " features, its first line says "
                    + width + " features and " + rows + " rows, it has " + (lines.size() - 1) + " rows");
        }
        List<String> classNames = Arrays.stream(head, 2, head.length).map(String::trim).toList();
        return table(name, featureNames, target, classNames, lines.subList(1, lines.size()), ",");
    }

    private LabelledTable digits() {
        List<String> names = SklearnFeatureNames.digits();
        List<String> classNames = IntStream.range(0, 10).mapToObj(String::valueOf).toList();
        return table("digits", names, "digit", classNames, lines("digits.csv.gz"), ",");
    }

    /** Ten raw (unscaled) features, space separated, with the target in a second file of one value per line. */
    private LabelledTable diabetes() {
        List<String> rows = lines("diabetes_data_raw.csv.gz");
        List<String> targets = lines("diabetes_target.csv.gz");
        if (rows.size() != targets.size()) {
            throw new IllegalStateException("diabetes: " + rows.size() + " rows but " + targets.size() + " targets");
        }
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            joined.add(rows.get(i).trim() + " " + targets.get(i).trim());
        }
        return table("diabetes", SklearnFeatureNames.DIABETES, "progression", List.of(), joined, "\\s+");
    }

    /** Rows whose last field is the target, the others the features. */
    private static LabelledTable table(String name, List<String> featureNames, String target, List<String> classNames,
                                       List<String> lines, String separator) {
        List<double[]> features = new ArrayList<>();
        double[] targets = new double[lines.size()];
        for (int r = 0; r < lines.size(); r++) {
            String[] fields = lines.get(r).trim().split(separator);
            if (fields.length != featureNames.size() + 1) {
                throw new IllegalStateException(name + ": row " + (r + 1) + " has " + fields.length + " fields, expected "
                        + (featureNames.size() + 1));
            }
            double[] row = new double[featureNames.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = Double.parseDouble(fields[c]);
            }
            features.add(row);
            targets[r] = Double.parseDouble(fields[row.length]);
        }
        return new LabelledTable(name, featureNames, target, classNames, features, targets);
    }

    private List<String> lines(String file) {
        Path path = dir.resolve(file);
        try (InputStream raw = Files.newInputStream(path);
             InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the raw dataset " + path, e);
        }
    }
}
