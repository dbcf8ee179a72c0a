package org.inferscope.engine.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.DeviceKind;
import org.inferscope.engine.api.ElementType;
import org.inferscope.engine.api.ModelInfo;
import org.inferscope.engine.api.TensorSpec;
import org.inferscope.engine.spi.BackendProvider;
import org.inferscope.engine.spi.InputBatch;
import org.inferscope.engine.spi.LoadedModel;
import org.inferscope.engine.spi.OutputValue;
import org.inferscope.engine.spi.Session;
import org.inferscope.engine.spi.SessionSettings;

/**
 * A test double for the harness: a linear model {@code scores = x W} computed in Java, opening any
 * ".lin" file. It records the row count of every call so tests can count warm-up and timed calls.
 */
final class LinearProvider implements BackendProvider {
    static final Device CPU = Device.available("linear", "cpu", DeviceKind.CPU, "Linear — CPU");

    private final float[][] weights;
    private final long batchDim;
    private final String outputName;
    final List<Integer> callRows = Collections.synchronizedList(new ArrayList<>());

    /** @param weights [feature][output]; @param batchDim -1 for a free batch, 1 for a model fixed at batch 1 */
    LinearProvider(float[][] weights, long batchDim, String outputName) {
        this.weights = weights;
        this.batchDim = batchDim;
        this.outputName = outputName;
    }

    @Override
    public String id() {
        return "linear";
    }

    @Override
    public String displayName() {
        return "Linear";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public List<String> extensions() {
        return List.of("lin");
    }

    @Override
    public boolean recognizes(Path file, byte[] head) {
        return false;
    }

    @Override
    public List<Device> devices() {
        return List.of(CPU);
    }

    /** Variants scale every score by (1 - sparsity): a file "scale=0.5" holds such a variant. */
    @Override
    public java.util.Optional<org.inferscope.engine.spi.ModelTransformer> transformer() {
        return java.util.Optional.of((source, spec, calibration, target) -> {
            variantsWritten.add(target);
            calibrations.add(calibration);
            try {
                java.nio.file.Files.writeString(target, "scale=" + (1 - spec.sparsity()));
                return new org.inferscope.engine.api.TransformReport(spec, "scaled", List.of(), List.of(), 6,
                        java.nio.file.Files.size(target), 9, 0, List.of("a variant made by the test double"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    final List<Path> variantsWritten = new ArrayList<>();
    final List<org.inferscope.engine.spi.CalibrationData> calibrations = new ArrayList<>();

    private static double scaleOf(Path file) {
        try {
            String text = java.nio.file.Files.readString(file);
            return text.startsWith("scale=") ? Double.parseDouble(text.substring(6)) : 1;
        } catch (java.io.IOException e) {
            return 1;
        }
    }

    @Override
    public LoadedModel load(Path file) {
        double scale = scaleOf(file);
        int features = weights.length;
        int outputs = weights[0].length;
        ModelInfo info = new ModelInfo(file, "LIN", 1, List.of(TensorSpec.tensor("x", ElementType.FLOAT, batchDim,
                features)), List.of(TensorSpec.tensor(outputName, ElementType.FLOAT, batchDim, outputs)), 0,
                Map.of(), (long) features * outputs, List.of(), Map.of());
        return new LoadedModel() {
            @Override
            public ModelInfo info() {
                return info;
            }

            @Override
            public BackendProvider provider() {
                return LinearProvider.this;
            }

            @Override
            public Session open(Device device, SessionSettings settings) {
                return new LinearSession(scale);
            }

            @Override
            public void close() {
            }
        };
    }

    private final class LinearSession implements Session {
        private final double scale;

        LinearSession(double scale) {
            this.scale = scale;
        }

        @Override
        public OutputValue predict(InputBatch batch) {
            callRows.add(batch.rows());
            int features = weights.length;
            int outputs = weights[0].length;
            double[] scores = new double[batch.rows() * outputs];
            for (int r = 0; r < batch.rows(); r++) {
                for (int f = 0; f < features; f++) {
                    float x = batch.values()[batch.offset() + r * features + f];
                    for (int o = 0; o < outputs; o++) {
                        scores[r * outputs + o] += x * weights[f][o] * scale;
                    }
                }
            }
            return OutputValue.scores(batch.rows(), outputs, scores);
        }

        @Override
        public void close() {
        }
    }
}
