package org.inferscope.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.inferscope.samples.dl4j.Dl4jSamples;

/**
 * Regenerates every sample: datasets, Tribuo models, Deeplearning4j models, cards. Everything is
 * made in a scratch folder first and moved into place only when every step succeeded, so a failed
 * run never leaves half the samples new and half old.
 *
 * <p>Usage: {@code SampleGenerator [--out DIR] [--raw DIR]}; defaults: {@code samples/} in the
 * repository and the raw tables in {@code ../shared/realcases/data/tabular}.
 */
public final class SampleGenerator {

    private SampleGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(System.getProperty("inferscope.repo.root", ".")).toAbsolutePath().normalize();
        Path out = repo.resolve("samples");
        Path raw = repo.resolve("../shared/realcases/data/tabular").normalize();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[i + 1]).toAbsolutePath();
                case "--raw" -> raw = Path.of(args[i + 1]).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; use --out DIR or --raw DIR");
            }
        }
        generate(out, steps(raw));
    }

    /** The steps in the order they must run: the models read the datasets' splits. */
    public static List<SampleStep> steps(Path rawTables) {
        return List.of(new SampleDatasets(rawTables), new TribuoSamples(), new Dl4jSamples());
    }

    /** Runs every step into a scratch folder beside {@code out}, then replaces {@code out}'s contents. */
    public static void generate(Path out, List<SampleStep> steps) throws Exception {
        Path scratch = out.resolveSibling(out.getFileName() + ".new");
        deleteTree(scratch);
        SamplesLayout layout = new SamplesLayout(scratch);
        for (SampleStep step : steps) {
            long start = System.nanoTime();
            System.out.printf(Locale.ROOT, "samples: %s ...%n", step.name());
            step.run(layout);
            System.out.printf(Locale.ROOT, "samples: %s done in %.1f s%n", step.name(), (System.nanoTime() - start) / 1e9);
        }
        SamplesLayout target = new SamplesLayout(out);
        Files.createDirectories(out);
        for (Path part : List.of(target.datasets(), target.models(), target.notice())) {
            deleteTree(part);
            Path made = scratch.resolve(out.relativize(part));
            if (Files.exists(made)) {
                Files.move(made, part, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        deleteTree(scratch);
        System.out.println("samples: written to " + out);
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
