package org.inferscope.plugins.onnxruntime;

import ai.onnx.proto.OnnxMl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the ONNX protobuf itself says about a model and ONNX Runtime's Java API does not: the
 * opset, how many nodes of each operator, how many weights, which inputs have defaults, and the
 * class labels of scikit-learn style classifiers.
 *
 * @param opset the default-domain ("" or "ai.onnx") opset version, 0 when not imported
 * @param opCounts operator type to node count, sorted by name (subgraphs included)
 * @param parameterCount elements in all initializers, plus weights held in node attributes (Constant
 *                       tensors, and the float lists of ai.onnx.ml operators such as
 *                       LinearClassifier's coefficients or a tree ensemble's node values)
 * @param initializerNames names of initializers (an input with one of these names is optional)
 * @param classLabels the labels a ZipMap (or else another ai.onnx.ml classifier) states, else empty
 * @param metadata producer, versions and custom metadata_props
 */
record OnnxGraphFacts(long opset, Map<String, Long> opCounts, long parameterCount,
                      Set<String> initializerNames, List<String> classLabels, Map<String, String> metadata) {

    private static final List<String> LABEL_ATTRIBUTES = List.of(
            "classlabels_int64s", "classlabels_strings", "classlabels_ints");

    static OnnxGraphFacts of(OnnxMl.ModelProto model) {
        OnnxMl.GraphProto graph = model.getGraph();
        Map<String, Long> ops = new TreeMap<>();
        countOps(graph, ops);
        long params = graph.getInitializerList().stream().mapToLong(OnnxGraphFacts::elements).sum()
                + attributeWeights(graph);
        Set<String> initializers = graph.getInitializerList().stream()
                .map(OnnxMl.TensorProto::getName).collect(Collectors.toUnmodifiableSet());
        Map<String, String> metadata = metadata(model);
        return new OnnxGraphFacts(opset(model), ops, params, initializers, classLabels(graph, metadata), metadata);
    }

    private static long opset(OnnxMl.ModelProto model) {
        return model.getOpsetImportList().stream()
                .filter(o -> o.getDomain().isEmpty() || o.getDomain().equals("ai.onnx"))
                .mapToLong(OnnxMl.OperatorSetIdProto::getVersion)
                .max().orElse(0);
    }

    private static void countOps(OnnxMl.GraphProto graph, Map<String, Long> ops) {
        for (OnnxMl.NodeProto node : graph.getNodeList()) {
            ops.merge(node.getOpType(), 1L, Long::sum);
            for (OnnxMl.AttributeProto attribute : node.getAttributeList()) {
                if (attribute.hasG()) {
                    countOps(attribute.getG(), ops);
                }
                attribute.getGraphsList().forEach(g -> countOps(g, ops));
            }
        }
    }

    private static long attributeWeights(OnnxMl.GraphProto graph) {
        long n = 0;
        for (OnnxMl.NodeProto node : graph.getNodeList()) {
            for (OnnxMl.AttributeProto attribute : node.getAttributeList()) {
                n += attribute.getFloatsCount();
                if (attribute.hasT()) {
                    n += elements(attribute.getT());
                }
            }
        }
        return n;
    }

    private static long elements(OnnxMl.TensorProto tensor) {
        long n = 1;
        for (long d : tensor.getDimsList()) {
            n *= d;
        }
        return n;
    }

    /**
     * ZipMap's labels name the probability columns; then a comma-separated {@value #CLASS_LABELS_KEY}
     * metadata entry (which exporters such as InferScope's samples write for plain score tensors); then
     * other classifiers' label attributes.
     */
    private static List<String> classLabels(OnnxMl.GraphProto graph, Map<String, String> metadata) {
        List<String> fromOther = List.of();
        for (OnnxMl.NodeProto node : graph.getNodeList()) {
            List<String> labels = labelAttribute(node);
            if (!labels.isEmpty() && node.getOpType().equals("ZipMap")) {
                return labels;
            }
            if (fromOther.isEmpty()) {
                fromOther = labels;
            }
        }
        String stated = metadata.getOrDefault(CLASS_LABELS_KEY, "").trim();
        if (!stated.isEmpty()) {
            return java.util.Arrays.stream(stated.split(",")).map(String::trim).toList();
        }
        return fromOther;
    }

    /** The metadata key that lists a model's class labels in score-column order, comma-separated. */
    static final String CLASS_LABELS_KEY = "class_labels";

    private static List<String> labelAttribute(OnnxMl.NodeProto node) {
        for (OnnxMl.AttributeProto a : node.getAttributeList()) {
            if (!LABEL_ATTRIBUTES.contains(a.getName())) {
                continue;
            }
            if (a.getIntsCount() > 0) {
                return a.getIntsList().stream().map(String::valueOf).toList();
            }
            if (a.getStringsCount() > 0) {
                return a.getStringsList().stream().map(s -> s.toStringUtf8()).toList();
            }
        }
        return List.of();
    }

    private static Map<String, String> metadata(OnnxMl.ModelProto model) {
        Map<String, String> m = new LinkedHashMap<>();
        putIfPresent(m, "producer", model.getProducerName());
        putIfPresent(m, "producerVersion", model.getProducerVersion());
        putIfPresent(m, "domain", model.getDomain());
        putIfPresent(m, "graph", model.getGraph().getName());
        m.put("irVersion", Long.toString(model.getIrVersion()));
        if (model.getModelVersion() != 0) {
            m.put("modelVersion", Long.toString(model.getModelVersion()));
        }
        List<String> opsets = new ArrayList<>();
        model.getOpsetImportList().forEach(o ->
                opsets.add((o.getDomain().isEmpty() ? "ai.onnx" : o.getDomain()) + " " + o.getVersion()));
        m.put("opsets", String.join(", ", opsets));
        model.getMetadataPropsList().forEach(p -> m.putIfAbsent(p.getKey(), p.getValue()));
        return m;
    }

    private static void putIfPresent(Map<String, String> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value);
        }
    }
}
