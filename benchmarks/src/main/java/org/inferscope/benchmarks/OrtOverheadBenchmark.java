package org.inferscope.benchmarks;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.RunMode;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.Scaling;
import org.inferscope.engine.api.ThroughputPoint;
import org.inferscope.engine.bench.CancellationToken;
import org.inferscope.engine.bench.Evaluation;
import org.inferscope.engine.bench.RunListener;
import org.inferscope.engine.data.DatasetLoader;
import org.inferscope.engine.plugins.ProviderRegistry;

/**
 * InferScope's batch throughput against a bare ONNX Runtime loop over the same model, data and
 * thread pool, in one JVM, alternating A and B so that the machine's drift hits both alike.
 * Prints each pair's ratio and the median. Reproduce with {@code benchmarks/run-ort-overhead}.
 */
public final class OrtOverheadBenchmark {
    private static final int BATCH = 256;

    private OrtOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int rows = 2048;
        int[] widths = {784, 1024, 512, 10};
        Path dir = Files.createTempDirectory("inferscope-bench");
        Path model = dir.resolve("mlp-784-1024-512-10.onnx");
        Path data = dir.resolve("random-784.csv");
        MlpModel.write(model, 7, widths);
        writeData(data, rows, widths[0], 11);

        ProviderRegistry registry = ProviderRegistry.discover(OrtOverheadBenchmark.class.getClassLoader());
        registry.devices(); // starts InferScope's ORT environment, so the bare loop shares its global pool
        Dataset dataset = new DatasetLoader().load(data, DatasetOptions.defaults());
        RunSpec spec = new RunSpec(model, data, DatasetOptions.defaults(), "onnxruntime:cpu", Scaling.NONE,
                Set.of(RunMode.BATCH), List.of(BATCH), 20, 1000, 0, 42L, List.of());
        Evaluation evaluation = new Evaluation(registry);
        float[] values = dataset.features().values();

        System.out.printf(Locale.ROOT, "MLP %s fp32, %d rows, batch %d, %d logical CPUs, %s%n",
                Arrays.toString(widths), rows, BATCH, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        try (BareLoop naive = new BareLoop(model, widths[0], false);
             BareLoop direct = new BareLoop(model, widths[0], true)) {
            List<Double> naiveRatios = new ArrayList<>();
            List<Double> directRatios = new ArrayList<>();
            for (int pair = 0; pair < pairs; pair++) {
                CpuClock clock = new CpuClock();
                RunResult result = evaluation.run(spec, dataset, new RunListener() { }, new CancellationToken());
                double inferscopeCores = clock.coresBusy();
                ThroughputPoint point = result.throughput().get(0);
                double naiveRate = naive.medianRowsPerSecond(values, rows, point.rounds(), point.rowsPerRound());
                double directRate = direct.medianRowsPerSecond(values, rows, point.rounds(), point.rowsPerRound());
                naiveRatios.add(point.rowsPerSecond() / naiveRate);
                directRatios.add(point.rowsPerSecond() / directRate);
                System.out.printf(Locale.ROOT, "round %d: InferScope %,.0f rows/s (%.2f cores busy), bare ORT %,.0f rows/s,"
                                + " bare ORT with a reused direct buffer %,.0f rows/s%n",
                        pair + 1, point.rowsPerSecond(), inferscopeCores, naiveRate, directRate);
            }
            summarise("InferScope / bare ORT loop", naiveRatios);
            summarise("InferScope / bare ORT loop with a reused direct input buffer", directRatios);
        }
    }

    private static void summarise(String what, List<Double> ratios) {
        ratios.sort(null);
        System.out.printf(Locale.ROOT, "%s: median %.3f, min %.3f, max %.3f over %d rounds%n", what,
                ratios.get(ratios.size() / 2), ratios.get(0), ratios.get(ratios.size() - 1), ratios.size());
    }

    static void writeData(Path file, int rows, int columns, long seed) throws IOException {
        Random random = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int c = 0; c < columns; c++) {
                w.write("f" + c + ",");
            }
            w.write("label\n");
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    w.write(String.format(Locale.ROOT, "%.3f,", random.nextFloat()));
                }
                w.write(Integer.toString(random.nextInt(10)));
                w.write('\n');
            }
        }
    }

    /** Process CPU time over wall time since construction: how many cores were kept busy. */
    private static final class CpuClock {
        private final com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        private final long cpu0 = os.getProcessCpuTime();
        private final long wall0 = System.nanoTime();

        double coresBusy() {
            return (os.getProcessCpuTime() - cpu0) / (double) (System.nanoTime() - wall0);
        }
    }

    /** The loop a user would write by hand with ONNX Runtime's Java API. */
    private static final class BareLoop implements AutoCloseable {
        private final OrtEnvironment env = OrtEnvironment.getEnvironment();
        private final OrtSession session;
        private final String input;
        private final int width;
        private final FloatBuffer direct;

        /**
         * @param reuseDirectBuffer false: wrap the float[] for each call, as most examples do (ORT then copies it
         *                          into a fresh direct buffer); true: copy into one direct buffer made once
         */
        BareLoop(Path model, int width, boolean reuseDirectBuffer) throws OrtException {
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.disablePerSessionThreads(); // the same global pool InferScope's sessions use
                session = env.createSession(model.toString(), options);
            }
            input = session.getInputNames().iterator().next();
            this.width = width;
            direct = reuseDirectBuffer ? ByteBuffer.allocateDirect(BATCH * width * Float.BYTES)
                    .order(ByteOrder.nativeOrder()).asFloatBuffer() : null;
        }

        double medianRowsPerSecond(float[] values, int rows, int rounds, long rowsPerRound) throws OrtException {
            for (int i = 0; i < 20; i++) {
                runBatch(values, (i * BATCH) % (rows - BATCH + 1));
            }
            double[] rates = new double[rounds];
            long batches = Math.max(1, rowsPerRound / BATCH);
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                for (long b = 0; b < batches; b++) {
                    runBatch(values, (int) ((b * BATCH) % (rows - BATCH + 1)));
                }
                rates[round] = batches * BATCH / ((System.nanoTime() - start) / 1e9);
            }
            Arrays.sort(rates);
            return rates[rounds / 2];
        }

        private void runBatch(float[] values, int firstRow) throws OrtException {
            FloatBuffer buffer;
            if (direct == null) {
                buffer = FloatBuffer.wrap(values, firstRow * width, BATCH * width);
            } else {
                direct.clear();
                direct.put(values, firstRow * width, BATCH * width).flip();
                buffer = direct;
            }
            try (OnnxTensor tensor = OnnxTensor.createTensor(env, buffer, new long[] {BATCH, width});
                 OrtSession.Result result = session.run(Map.of(input, tensor))) {
                float[][] probs = (float[][]) result.get(0).getValue();
                if (probs.length != BATCH) {
                    throw new IllegalStateException("unexpected output rows " + probs.length);
                }
            }
        }

        @Override
        public void close() throws OrtException {
            session.close();
        }
    }
}
