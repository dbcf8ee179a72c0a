package org.inferscope.samples;

import java.nio.file.Path;
import java.util.List;
import org.inferscope.engine.testing.RealCases;

/**
 * Writes the datasets and Tribuo samples into a folder (default: {@code samples/} in the repository)
 * and prints each card's test metrics; a stand-in until the lead's {@code SampleGenerator} exists.
 * Run from the repository root with the test class path.
 */
public final class RegenerateSamples {

    private RegenerateSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path root = args.length > 0 ? Path.of(args[0]) : RealCases.repoRoot().resolve("samples");
        SamplesLayout layout = new SamplesLayout(root);
        Path raw = SampleDatasets.defaultRawDir(RealCases.repoRoot());
        for (SampleStep step : List.of(new SampleDatasets(raw), new TribuoSamples())) {
            long start = System.nanoTime();
            step.run(layout);
            System.out.printf("%s: %.1f s%n", step.name(), (System.nanoTime() - start) / 1e9);
        }
        ModelCards cards = new ModelCards();
        for (String name : List.of("iris-logistic", "breast-cancer-forest", "diabetes-linear")) {
            ModelCard card = cards.read(layout.card(name));
            card.files().forEach(f -> System.out.println(name + " " + f.format() + " " + new java.util.TreeMap<>(f.testMetrics())));
        }
    }
}
