package org.inferscope.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * A dataset's train and test splits as Tribuo reads them from the samples' CSV files.
 *
 * @param dataset the dataset's name
 * @param target the target column
 * @param trainCsv the training CSV
 * @param testCsv the test CSV
 * @param csvFeatures the feature columns in the CSV's order
 * @param train the training split
 * @param test the test split
 */
record Split<T extends Output<T>>(String dataset, String target, Path trainCsv, Path testCsv,
                                  List<String> csvFeatures, MutableDataset<T> train, MutableDataset<T> test) {

    static Split<Label> classes(SamplesLayout layout, String dataset, String target) {
        LabelFactory factory = new LabelFactory();
        Path train = layout.trainCsv(dataset);
        Path test = layout.testCsv(dataset);
        return new Split<>(dataset, target, train, test, header(train, target),
                TribuoSplits.load(train, target, factory), TribuoSplits.load(test, target, factory));
    }

    static Split<Regressor> numbers(SamplesLayout layout, String dataset, String target) {
        RegressionFactory factory = new RegressionFactory();
        Path train = layout.trainCsv(dataset);
        Path test = layout.testCsv(dataset);
        return new Split<>(dataset, target, train, test, header(train, target),
                TribuoSplits.load(train, target, factory), TribuoSplits.load(test, target, factory));
    }

    /** The training split's class names, sorted: the order the workbench gives a dataset's classes. */
    List<String> sortedClasses() {
        return train.getOutputs().stream().map(Object::toString).sorted().toList();
    }

    private static List<String> header(Path csv, String target) {
        try (var lines = Files.lines(csv)) {
            String first = lines.findFirst().orElseThrow(() -> new IllegalStateException(csv + " is empty"));
            return Arrays.stream(first.split(",")).filter(name -> !name.equals(target)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + csv, e);
        }
    }
}
