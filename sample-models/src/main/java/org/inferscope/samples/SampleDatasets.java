package org.inferscope.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the sample datasets: each of scikit-learn's five small public datasets, read from the raw
 * files in a realcases folder, as {@code datasets/NAME-train.csv} and {@code -test.csv} with a header
 * row, split 80/20 (stratified for classification) with a fixed seed, plus {@code NOTICE.md}.
 */
public final class SampleDatasets implements SampleStep {

    /** The seed of every split. */
    public static final long SPLIT_SEED = 42L;

    /** The fraction of rows that go to the test split. */
    public static final double TEST_FRACTION = 0.2;

    private final Path rawTabularDir;

    /** @param rawTabularDir the folder of the raw files, normally {@code <repo>/../shared/realcases/data/tabular} */
    public SampleDatasets(Path rawTabularDir) {
        this.rawTabularDir = rawTabularDir;
    }

    /** The raw folder beside a repository checkout: {@code <repo>/../shared/realcases/data/tabular}. */
    public static Path defaultRawDir(Path repoRoot) {
        return repoRoot.resolve("../shared/realcases/data/tabular").normalize();
    }

    @Override
    public String name() {
        return "datasets";
    }

    @Override
    public void run(SamplesLayout layout) {
        requireRawFiles();
        List<LabelledTable> tables = new SklearnTables(rawTabularDir).all();
        SplitCsvWriter writer = new SplitCsvWriter();
        for (LabelledTable table : tables) {
            TrainTestSplit split = split(table);
            writer.write(table, split.train(), layout.trainCsv(table.name()));
            writer.write(table, split.test(), layout.testCsv(table.name()));
        }
        writeNotice(layout, new DatasetNotice().text(tables, SPLIT_SEED, TEST_FRACTION));
    }

    /** The split used for a table: stratified by class for classification, plain for regression. */
    public static TrainTestSplit split(LabelledTable table) {
        return table.classNames().isEmpty()
                ? TrainTestSplit.random(table.rows(), TEST_FRACTION, SPLIT_SEED)
                : TrainTestSplit.stratified(table.classIndices(), TEST_FRACTION, SPLIT_SEED);
    }

    private void requireRawFiles() {
        List<String> missing = SklearnTables.FILES.stream()
                .filter(f -> !Files.isRegularFile(rawTabularDir.resolve(f))).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The raw datasets are expected in " + rawTabularDir.toAbsolutePath().normalize()
                    + " (scikit-learn's copies, as in ../shared/realcases/data/tabular beside the repository); missing: "
                    + String.join(", ", missing));
        }
    }

    private static void writeNotice(SamplesLayout layout, String text) {
        try {
            Files.createDirectories(layout.root());
            Files.writeString(layout.notice(), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + layout.notice(), e);
        }
    }
}
