package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reads the graph ONNX Runtime optimised (SessionOptions.setOptimizedModelFilePath) and names its integer kernels. */
final class IntegerKernels {
    /** Operators that compute a layer in integers. */
    static final Set<String> INTEGER_OPS = Set.of("QLinearConv", "QLinearMatMul", "QGemm", "MatMulInteger",
            "ConvInteger", "DynamicQuantizeMatMul", "MatMulIntegerToFloat", "QAttention", "DynamicQuantizeLSTM",
            "QLinearAdd", "QLinearMul", "QLinearAveragePool", "QLinearGlobalAveragePool", "QLinearSigmoid",
            "QLinearLeakyRelu", "QLinearConcat", "QLinearSoftmax");

    private IntegerKernels() {
    }

    static Map<String, Long> optimizedOpCounts(OrtAccess ort, byte[] model) {
        Path dump = null;
        try {
            dump = Files.createTempFile("inferscope-optimized-", ".onnx");
            try (OrtSession.SessionOptions options = ort.sessionOptions()) {
                options.setOptimizedModelFilePath(dump.toString());
                try (OrtSession ignored = ort.environment().createSession(model, options)) {
                    // creating the session writes the optimised graph
                }
            }
            OnnxMl.GraphProto graph = OnnxMl.ModelProto.parseFrom(Files.readAllBytes(dump)).getGraph();
            return graph.getNodeList().stream().collect(Collectors.groupingBy(OnnxMl.NodeProto::getOpType,
                    TreeMap::new, Collectors.counting()));
        } catch (OrtException | IOException | RuntimeException e) {
            return Map.of();
        } finally {
            deleteQuietly(dump);
        }
    }

    /** "ONNX Runtime ran 3 layers as integer kernels: QLinearMatMul x2, QGemm x1". */
    static String describe(Map<String, Long> opCounts) {
        if (opCounts.isEmpty()) {
            return "ONNX Runtime's optimised graph could not be read, so which layers ran as integer kernels is unknown";
        }
        Map<String, Long> integer = new TreeMap<>();
        opCounts.forEach((op, n) -> {
            if (INTEGER_OPS.contains(op)) {
                integer.put(op, n);
            }
        });
        long total = integer.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return "ONNX Runtime ran no layer as an integer kernel: it dequantizes and computes in FP32";
        }
        String list = integer.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue())
                .collect(Collectors.joining(", "));
        return "ONNX Runtime ran " + total + (total == 1 ? " layer as an integer kernel: " : " layers as integer kernels: ")
                + list;
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temporary file; the OS cleans its temp folder
            }
        }
    }
}
