package org.inferscope.benchmarks;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the time of one batch goes, kernel by kernel: runs each model with ONNX Runtime's profiler on
 * (2 intra-op threads, as the workbench) and prints every node of the graph ONNX Runtime executed with
 * its mean time per call. Answers "which layer did INT8 speed up, and what did it add?".
 * Usage: {@code KernelProfile BATCH CALLS MODEL...}; inputs are seeded |Gaussian| rows.
 */
public final class KernelProfile {
    private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]*)_kernel_time\"");
    private static final Pattern OP = Pattern.compile("\"op_name\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern DURATION = Pattern.compile("\"dur\"\\s*:\\s*(\\d+)");
    private static final int WARM_UP = 50;

    private KernelProfile() {
    }

    public static void main(String[] args) throws Exception {
        int batch = Integer.parseInt(args[0]);
        int calls = Integer.parseInt(args[1]);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        for (int i = 2; i < args.length; i++) {
            profile(env, Path.of(args[i]), batch, calls);
        }
    }

    private static void profile(OrtEnvironment env, Path model, int batch, int calls) throws Exception {
        Path prefix = Files.createTempFile("inferscope-profile-", "");
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(2);
            options.enableProfiling(prefix.toString());
            try (OrtSession session = env.createSession(model.toString(), options);
                 OnnxTensor x = input(env, session, batch)) {
                String name = session.getInputNames().iterator().next();
                for (int i = 0; i < WARM_UP; i++) {
                    session.run(Map.of(name, x)).close();
                }
                long start = System.nanoTime();
                for (int i = 0; i < calls; i++) {
                    session.run(Map.of(name, x)).close();
                }
                double wallMs = (System.nanoTime() - start) / 1e6 / calls;
                Path trace = Path.of(session.endProfiling());
                print(model, batch, wallMs, kernelMicros(Files.readString(trace)), WARM_UP + calls);
                Files.deleteIfExists(trace);
            }
        } finally {
            Files.deleteIfExists(prefix);
        }
    }

    private static OnnxTensor input(OrtEnvironment env, OrtSession session, int batch) throws Exception {
        String name = session.getInputNames().iterator().next();
        long width = ((TensorInfo) session.getInputInfo().get(name).getInfo()).getShape()[1];
        float[] rows = new float[(int) (batch * width)];
        Random random = new Random(1);
        for (int i = 0; i < rows.length; i++) {
            rows[i] = Math.abs((float) random.nextGaussian()) * 4;
        }
        return OnnxTensor.createTensor(env, FloatBuffer.wrap(rows), new long[] {batch, width});
    }

    /** Total microseconds per "Op node" over all profiled calls, in the order the nodes first ran. */
    private static Map<String, Long> kernelMicros(String trace) {
        Map<String, Long> byNode = new LinkedHashMap<>();
        for (String event : trace.split("\\},\\s*\\{")) {
            if (!event.replace(" ", "").contains("\"cat\":\"Node\"")) {
                continue;
            }
            Matcher name = NAME.matcher(event);
            Matcher op = OP.matcher(event);
            Matcher duration = DURATION.matcher(event);
            if (name.find() && op.find() && duration.find()) {
                byNode.merge(op.group(1) + " " + name.group(1), Long.parseLong(duration.group(1)), Long::sum);
            }
        }
        return byNode;
    }

    private static void print(Path model, int batch, double wallMs, Map<String, Long> micros, int calls) {
        long total = micros.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(Locale.ROOT, "%s, batch %d: %.3f ms per call (wall), %.3f ms in kernels%n",
                model.getFileName(), batch, wallMs, total / 1000.0 / calls);
        micros.forEach((node, us) -> System.out.printf(Locale.ROOT, "  %8.3f ms %5.1f%%  %s%n", us / 1000.0 / calls,
                100.0 * us / total, node));
    }
}
