package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Edits one graph for a rewrite: nodes replaced or inserted around the original nodes (so the
 * topological order stays valid), initializers added, fresh unique names. {@link #build()} drops
 * the initializers nothing reads any more, and their graph inputs (IR version 3 lists every
 * initializer as an input).
 */
final class GraphEdit {
    private final OnnxMl.GraphProto original;
    private final List<Slot> slots = new ArrayList<>();
    private final Map<OnnxMl.NodeProto, Integer> index = new IdentityHashMap<>();
    private final List<OnnxMl.NodeProto> head = new ArrayList<>();
    private final List<OnnxMl.TensorProto> added = new ArrayList<>();
    private final Set<String> used = new HashSet<>();

    private static final class Slot {
        final List<OnnxMl.NodeProto> before = new ArrayList<>();
        OnnxMl.NodeProto main;
        final List<OnnxMl.NodeProto> after = new ArrayList<>();
    }

    GraphEdit(OnnxMl.GraphProto graph) {
        this.original = graph;
        for (OnnxMl.NodeProto n : graph.getNodeList()) {
            Slot s = new Slot();
            s.main = n;
            index.put(n, slots.size());
            slots.add(s);
            used.add(n.getName());
            used.addAll(n.getInputList());
            used.addAll(n.getOutputList());
        }
        graph.getInitializerList().forEach(t -> used.add(t.getName()));
        graph.getInputList().forEach(v -> used.add(v.getName()));
        graph.getOutputList().forEach(v -> used.add(v.getName()));
    }

    /** A name no tensor or node in the graph has yet, built from {@code base}. */
    String fresh(String base) {
        String name = base;
        for (int i = 1; used.contains(name); i++) {
            name = base + "_" + i;
        }
        used.add(name);
        return name;
    }

    void addInitializer(OnnxMl.TensorProto tensor) {
        added.add(tensor);
    }

    /** The current form of an original node (after {@link #setMain}). */
    OnnxMl.NodeProto main(OnnxMl.NodeProto originalNode) {
        return slot(originalNode).main;
    }

    void setMain(OnnxMl.NodeProto originalNode, OnnxMl.NodeProto replacement) {
        slot(originalNode).main = replacement;
    }

    /** Removes the original node and puts {@code nodes} in its place. */
    void replace(OnnxMl.NodeProto originalNode, List<OnnxMl.NodeProto> nodes) {
        Slot s = slot(originalNode);
        s.main = null;
        s.after.addAll(nodes);
    }

    void insertBefore(OnnxMl.NodeProto originalNode, List<OnnxMl.NodeProto> nodes) {
        slot(originalNode).before.addAll(nodes);
    }

    void insertAfter(OnnxMl.NodeProto originalNode, List<OnnxMl.NodeProto> nodes) {
        slot(originalNode).after.addAll(nodes);
    }

    /** Nodes that run first, e.g. those reading a graph input. */
    void prepend(List<OnnxMl.NodeProto> nodes) {
        head.addAll(nodes);
    }

    OnnxMl.GraphProto build() {
        List<OnnxMl.NodeProto> nodes = new ArrayList<>(head);
        for (Slot s : slots) {
            nodes.addAll(s.before);
            if (s.main != null) {
                nodes.add(s.main);
            }
            nodes.addAll(s.after);
        }
        Set<String> read = new HashSet<>();
        nodes.forEach(n -> read.addAll(n.getInputList()));
        original.getOutputList().forEach(o -> read.add(o.getName()));
        OnnxMl.GraphProto.Builder b = original.toBuilder().clearNode().addAllNode(nodes).clearInitializer();
        Set<String> dropped = new HashSet<>();
        for (OnnxMl.TensorProto t : concat(original.getInitializerList(), added)) {
            if (read.contains(t.getName())) {
                b.addInitializer(t);
            } else {
                dropped.add(t.getName());
            }
        }
        b.clearInput();
        original.getInputList().stream().filter(v -> !dropped.contains(v.getName())).forEach(b::addInput);
        return b.build();
    }

    private Slot slot(OnnxMl.NodeProto originalNode) {
        Integer i = index.get(originalNode);
        if (i == null) {
            throw new IllegalArgumentException("not a node of this graph: " + originalNode.getOpType());
        }
        return slots.get(i);
    }

    private static List<OnnxMl.TensorProto> concat(List<OnnxMl.TensorProto> a, List<OnnxMl.TensorProto> b) {
        List<OnnxMl.TensorProto> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
