package org.inferscope.samples;

import java.nio.file.Path;

/**
 * Where the samples live: {@code samples/datasets/NAME-train.csv} and {@code -test.csv} (a header
 * row, features first, the target last), {@code samples/models/NAME.EXT} and
 * {@code samples/models/NAME.card.json}, and {@code samples/NOTICE.md}.
 */
public record SamplesLayout(Path root) {

    public Path datasets() {
        return root.resolve("datasets");
    }

    public Path models() {
        return root.resolve("models");
    }

    public Path trainCsv(String dataset) {
        return datasets().resolve(dataset + "-train.csv");
    }

    public Path testCsv(String dataset) {
        return datasets().resolve(dataset + "-test.csv");
    }

    /** A model file, e.g. {@code model("iris-logistic", "onnx")}. */
    public Path model(String name, String extension) {
        return models().resolve(name + "." + extension);
    }

    public Path card(String name) {
        return models().resolve(name + ".card.json");
    }

    public Path notice() {
        return root.resolve("NOTICE.md");
    }

    /** The path of {@code file} relative to the root, with forward slashes, as cards record it. */
    public String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
