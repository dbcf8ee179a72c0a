package org.inferscope.engine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.DeviceKind;
import org.inferscope.engine.api.ElementType;
import org.inferscope.engine.api.ModelInfo;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.TensorSpec;
import org.inferscope.engine.api.TransformReport;
import org.inferscope.engine.spi.BackendProvider;
import org.inferscope.engine.spi.InputBatch;
import org.inferscope.engine.spi.LoadedModel;
import org.inferscope.engine.spi.ModelTransformer;
import org.inferscope.engine.spi.OutputValue;
import org.inferscope.engine.spi.Session;
import org.inferscope.engine.spi.SessionSettings;

/**
 * A backend for tests of the sweep, tuner and scenarios: opens ".fake" files and scores each row as
 * its features (identity: the largest feature is the predicted class). A variant of sparsity s zeroes
 * the first feature when s >= 0.5 (so it loses accuracy), and its file is smaller the more is pruned;
 * INT8_WEIGHTS variants fail to transform. Every call runs {@code onCall} with its row count first.
 */
public final class FakeBackend implements BackendProvider {
    public static final Device CPU = Device.available("fake", "cpu", DeviceKind.CPU, "Fake — CPU");

    private final int width;
    private final IntConsumer onCall;
    private long spinNanosPerRow;
    public final AtomicInteger transforms = new AtomicInteger();
    public final AtomicInteger calls = new AtomicInteger();

    public FakeBackend(int width, IntConsumer onCall) {
        this.width = width;
        this.onCall = onCall;
    }

    public FakeBackend(int width) {
        this(width, rows -> { });
    }

    /** Every call of the original busy-waits this long per row; variants of another precision a tenth of it. */
    public FakeBackend spinning(long nanosPerRow) {
        this.spinNanosPerRow = nanosPerRow;
        return this;
    }

    /** Writes a model file this backend opens. */
    public static Path model(Path file) throws IOException {
        return Files.writeString(file, "x".repeat(1000));
    }

    @Override public String id() { return "fake"; }
    @Override public String displayName() { return "Fake"; }
    @Override public String version() { return "1"; }
    @Override public List<String> extensions() { return List.of("fake"); }
    @Override public boolean recognizes(Path file, byte[] head) { return false; }
    @Override public List<Device> devices() { return List.of(CPU); }

    @Override
    public Optional<ModelTransformer> transformer() {
        return Optional.of((source, spec, calibration, target) -> {
            if (spec.precision() == Precision.INT8_WEIGHTS) {
                throw new BadInputException("The fake backend cannot make int8-weights variants.");
            }
            transforms.incrementAndGet();
            int size = (int) (1000 * (1 - spec.sparsity())) / (spec.precision() == Precision.FP32 ? 1 : 4);
            String text = (spec.sparsity() >= 0.5 ? "drop" : "keep") + (spec.precision() == Precision.FP32 ? "slow" : "fast")
                    + "x".repeat(Math.max(0, size - 8));
            try {
                Files.writeString(target, text);
                return new TransformReport(spec, "fake", List.of(), List.of(), 1000, Files.size(target), 0, 0, List.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public LoadedModel load(Path file) {
        boolean drop;
        boolean fast;
        try {
            String text = Files.readString(file);
            drop = text.startsWith("drop");
            fast = text.startsWith("fast", 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ModelInfo info = new ModelInfo(file, "FAKE", sizeOf(file), List.of(TensorSpec.tensor("x", ElementType.FLOAT, -1, width)),
                List.of(TensorSpec.tensor("y", ElementType.FLOAT, -1, width)), 0, Map.of(), width, List.of(), Map.of());
        return new LoadedModel() {
            @Override public ModelInfo info() { return info; }
            @Override public BackendProvider provider() { return FakeBackend.this; }
            @Override public Session open(Device device, SessionSettings settings) { return new FakeSession(drop, fast ? spinNanosPerRow / 10 : spinNanosPerRow); }
            @Override public void close() { }
        };
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code rows} rows of {@code width} features; row i is of class i % width, its feature at the class is 5. */
    public static org.inferscope.engine.api.Dataset dataset(int rows, int width, long seed) {
        java.util.Random random = new java.util.Random(seed);
        float[] x = new float[rows * width];
        int[] y = new int[rows];
        for (int r = 0; r < rows; r++) {
            y[r] = r % width;
            for (int f = 0; f < width; f++) {
                x[r * width + f] = f == y[r] ? 5 : random.nextFloat();
            }
        }
        List<String> names = java.util.stream.IntStream.range(0, width).mapToObj(i -> "c" + i).toList();
        return TestDatasets.classification("fake.csv", width, x, y, names);
    }

    private final class FakeSession implements Session {
        private final boolean drop;
        private final long spinPerRow;

        FakeSession(boolean drop, long spinPerRow) {
            this.drop = drop;
            this.spinPerRow = spinPerRow;
        }

        @Override
        public OutputValue predict(InputBatch batch) {
            onCall.accept(batch.rows());
            calls.incrementAndGet();
            long until = System.nanoTime() + spinPerRow * batch.rows();
            while (spinPerRow > 0 && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            double[] scores = new double[batch.rows() * width];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = batch.values()[batch.offset() + i];
            }
            if (drop) {
                for (int r = 0; r < batch.rows(); r++) {
                    scores[r * width] = 0;
                }
            }
            return OutputValue.scores(batch.rows(), width, scores);
        }

        @Override
        public void close() {
        }
    }
}
