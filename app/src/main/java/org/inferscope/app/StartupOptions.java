package org.inferscope.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What to open and run at start-up: the files named on the command line, else the bundled sample
 * (digits MLP and its test set), and the demo configurations to queue.
 *
 * @param files model and dataset files to open
 * @param demo demo configurations ("fp32", "int8-dynamic", "structured-50"), empty for none
 */
record StartupOptions(List<Path> files, List<String> demo) {
    static final String DEFAULT_DEMO = "fp32,int8-dynamic,structured-50";

    static StartupOptions parse(List<String> args, String samplesProperty, String demoProperty) {
        List<Path> files = new ArrayList<>();
        String demo = demoProperty == null ? "" : demoProperty;
        for (String arg : args) {
            if (arg.equals("--run-demo")) {
                demo = demo.isBlank() ? DEFAULT_DEMO : demo;
            } else if (arg.startsWith("--run-demo=")) {
                demo = arg.substring("--run-demo=".length());
            } else if (!arg.startsWith("-")) {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            files.addAll(sample(samplesProperty));
        }
        List<String> demos = demo.isBlank() ? List.of() : List.of(demo.trim().split("\\s*,\\s*"));
        return new StartupOptions(List.copyOf(files), demos);
    }

    /** The bundled sample, from -Dinferscope.samples or samples/ in (or above) the working directory. */
    static List<Path> sample(String samplesProperty) {
        List<Path> candidates = new ArrayList<>();
        if (samplesProperty != null && !samplesProperty.isBlank()) {
            candidates.add(Path.of(samplesProperty));
        }
        candidates.add(Path.of("samples"));
        candidates.add(Path.of("..", "samples"));
        for (Path dir : candidates) {
            Path model = dir.resolve("models/digits-mlp.onnx");
            Path data = dir.resolve("datasets/digits-test.csv");
            if (Files.isRegularFile(model) && Files.isRegularFile(data)) {
                return List.of(model.toAbsolutePath().normalize(), data.toAbsolutePath().normalize());
            }
        }
        return List.of();
    }
}
