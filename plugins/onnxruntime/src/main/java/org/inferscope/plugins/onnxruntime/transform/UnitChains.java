package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the {@link UnitChain}s of a graph: MatMul/Gemm → per-unit Add/Mul → elementwise activations
 * → MatMul/Gemm, and Conv → per-channel constants, activations, pooling → Conv, or → Flatten/Reshape
 * → MatMul/Gemm. Each weight layer that starts no chain is logged with the reason.
 */
final class UnitChains {

    private static final Set<String> ELEMENTWISE = Set.of("Relu", "LeakyRelu", "PRelu", "Sigmoid", "Tanh", "Elu",
            "Selu", "Celu", "Gelu", "Softplus", "Softsign", "HardSigmoid", "HardSwish", "ThresholdedRelu", "Mish",
            "Identity", "Dropout", "Clip", "Abs", "Neg", "Exp", "Erf");
    private static final Set<String> PER_UNIT_ARITHMETIC = Set.of("Add", "Sub", "Mul", "Div");
    private static final Set<String> POOLING = Set.of("MaxPool", "AveragePool", "LpPool");

    /** Why a layer starts no chain. */
    private static final class NotHandled extends RuntimeException {
        NotHandled(String reason) {
            super(reason, null, false, false);
        }
    }

    private final OnnxGraph graph;
    private final Map<OnnxMl.NodeProto, WeightLayers.Layer> layers = new IdentityHashMap<>();

    private UnitChains(OnnxGraph graph, List<WeightLayers.Layer> layers) {
        this.graph = graph;
        layers.forEach(l -> this.layers.put(l.node(), l));
    }

    static List<UnitChain> find(OnnxGraph graph, List<WeightLayers.Layer> layers, TransformLog log) {
        UnitChains finder = new UnitChains(graph, layers);
        List<UnitChain> chains = new ArrayList<>();
        for (WeightLayers.Layer layer : layers) {
            try {
                chains.add(finder.chainFrom(layer));
            } catch (NotHandled e) {
                log.skipped(layer.label(), layer.op(), layer.op() + " '" + layer.label() + "': " + e.getMessage());
            }
        }
        return chains;
    }

    /** The walk from one producer: where its units go, and what must shrink with them. */
    private final class Walk {
        final WeightLayers.Layer producer;
        final boolean conv;
        final int rank;
        final long units;
        final List<UnitChain.Cut> perUnit = new ArrayList<>();
        final List<String> tensors = new ArrayList<>();
        String reshape;

        Walk(WeightLayers.Layer producer, int outAxis) {
            this.producer = producer;
            this.conv = producer.op().equals("Conv");
            long[] dims = OnnxGraph.dims(graph.initializer(producer.weight()));
            this.rank = conv ? dims.length : 2;
            this.units = dims[outAxis];
        }

        /** A constant's unit axis when it broadcasts one value per unit, -1 when it is one value for all. */
        int unitAxis(long[] dims) {
            int fromEnd = conv ? rank - 2 : 0;
            int axis = dims.length - 1 - fromEnd;
            boolean allOnes = true;
            for (int i = 0; i < dims.length; i++) {
                allOnes &= dims[i] == 1;
                if (i != axis && dims[i] != 1) {
                    throw new NotHandled("a constant of shape " + Arrays.toString(dims)
                            + " mixes units; not handled");
                }
            }
            if (allOnes) {
                return -1;
            }
            if (axis < 0 || dims[axis] != units) {
                throw new NotHandled("a constant of shape " + Arrays.toString(dims)
                        + " does not match its " + units + " units; not handled");
            }
            return axis;
        }

        void cutIfPerUnit(String constant) {
            int axis = unitAxis(OnnxGraph.dims(graph.initializer(constant)));
            if (axis >= 0) {
                requireOnlyUse(constant, "a per-unit constant");
                perUnit.add(new UnitChain.Cut(constant, axis));
            }
        }
    }

    private UnitChain chainFrom(WeightLayers.Layer producer) {
        OnnxMl.NodeProto node = producer.node();
        if (!reachesAnotherLayer(node.getOutput(0))) {
            throw new NotHandled("output feeds the graph output, never pruned");
        }
        int outAxis = outputAxis(node);
        requireOnlyUse(producer.weight(), "the weight");
        Walk walk = new Walk(producer, outAxis);
        if (node.getInputCount() > 2 && !node.getInput(2).isEmpty()) {
            requireConstant(node.getInput(2), "bias");
            if (walk.conv) {
                requireOnlyUse(node.getInput(2), "the bias");
                walk.perUnit.add(new UnitChain.Cut(node.getInput(2), 0));
            } else {
                walk.cutIfPerUnit(node.getInput(2));
            }
        }
        String tensor = node.getOutput(0);
        while (true) {
            walk.tensors.add(tensor);
            OnnxMl.NodeProto next = onlyConsumer(tensor, walk.tensors.size() == 1);
            WeightLayers.Layer consumer = layers.get(next);
            if (consumer != null && next.getInput(0).equals(tensor)) {
                return new UnitChain(producer, outAxis, walk.perUnit, consumer, inputAxis(walk, consumer),
                        walk.reshape, walk.tensors);
            }
            tensor = passThrough(walk, next, tensor);
        }
    }

    /** Whether any weight layer lies downstream of the tensor (if none, the layer is a last layer). */
    private boolean reachesAnotherLayer(String tensor) {
        Deque<String> todo = new ArrayDeque<>(List.of(tensor));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            for (OnnxMl.NodeProto next : graph.consumers(todo.pop())) {
                if (WeightLayers.isWeightOp(next)) {
                    return true;
                }
                next.getOutputList().stream().filter(seen::add).forEach(todo::add);
            }
        }
        return false;
    }

    private int outputAxis(OnnxMl.NodeProto node) {
        return switch (node.getOpType()) {
            case "MatMul" -> 1;
            case "Gemm" -> intAttribute(node, "transB", 0) == 1 ? 0 : 1;
            default -> {
                if (intAttribute(node, "group", 1) != 1) {
                    throw new NotHandled("grouped convolution; not handled");
                }
                yield 0;
            }
        };
    }

    private OnnxMl.NodeProto onlyConsumer(String tensor, boolean layerOutput) {
        if (graph.isGraphOutput(tensor)) {
            throw new NotHandled(layerOutput ? "output feeds the graph output, never pruned"
                    : "output reaches the graph output, never pruned");
        }
        List<OnnxMl.NodeProto> consumers = graph.consumers(tensor);
        if (consumers.isEmpty()) {
            throw new NotHandled("output is not used by a later layer");
        }
        if (consumers.size() > 1) {
            throw new NotHandled("output feeds " + consumers.size() + " nodes (a branch); not handled");
        }
        return consumers.get(0);
    }

    /** The tensor after {@code node} when the units pass through it unchanged in number and order. */
    private String passThrough(Walk walk, OnnxMl.NodeProto node, String tensor) {
        String op = node.getOpType();
        requireOnlyFirstOutputUsed(node);
        if (ELEMENTWISE.contains(op) && node.getInput(0).equals(tensor)) {
            for (int i = 1; i < node.getInputCount(); i++) {
                String parameter = node.getInput(i);
                if (op.equals("PRelu")) {
                    requireConstant(parameter, "PRelu slope");
                }
                if (graph.isInitializer(parameter)) {
                    walk.cutIfPerUnit(parameter);
                } // else a scalar by the operator's definition (Clip bounds, Dropout ratio)
            }
            return node.getOutput(0);
        }
        if (PER_UNIT_ARITHMETIC.contains(op) && node.getInputCount() == 2) {
            String other = node.getInput(0).equals(tensor) ? node.getInput(1) : node.getInput(0);
            requireConstant(other, op + " operand");
            walk.cutIfPerUnit(other);
            return node.getOutput(0);
        }
        if (walk.conv && (POOLING.contains(op) || op.equals("GlobalAveragePool") || op.equals("GlobalMaxPool"))) {
            return node.getOutput(0);
        }
        if (walk.conv && (op.equals("Flatten") || op.equals("Reshape"))) {
            return flatten(walk, node);
        }
        throw new NotHandled("followed by " + op + ", which is not handled");
    }

    private String flatten(Walk walk, OnnxMl.NodeProto node) {
        if (node.getOpType().equals("Flatten")) {
            if (intAttribute(node, "axis", 1) != 1) {
                throw new NotHandled("followed by Flatten with axis other than 1; not handled");
            }
        } else {
            walk.reshape = reshapeToRows(node);
        }
        OnnxMl.NodeProto next = onlyConsumer(node.getOutput(0), false);
        WeightLayers.Layer consumer = layers.get(next);
        if (consumer == null || consumer.op().equals("Conv") || !next.getInput(0).equals(node.getOutput(0))) {
            throw new NotHandled("flattened into " + next.getOpType() + ", which is not handled");
        }
        return node.getOutput(0);
    }

    /**
     * Checks a Reshape to [batch, features] with a constant shape; returns the shape tensor when its
     * feature count is explicit (and must shrink with the units), null when it is -1.
     */
    private String reshapeToRows(OnnxMl.NodeProto node) {
        String shape = node.getInput(1);
        long[] s = ConstantShapes.read(graph, shape);
        if (s == null) {
            throw new NotHandled("followed by Reshape with a computed shape; not handled");
        }
        if (s.length != 2 || s[1] == 0 || (s[0] == -1 && s[1] == -1)) {
            throw new NotHandled("followed by Reshape to " + Arrays.toString(s) + "; only [batch, features] is handled");
        }
        if (s[1] == -1) {
            return null;
        }
        if (graph.consumers(shape).size() != 1 || graph.isGraphOutput(shape)) {
            throw new NotHandled("the Reshape's shape constant is shared with other nodes; not handled");
        }
        return shape;
    }

    private int inputAxis(Walk walk, WeightLayers.Layer consumer) {
        OnnxMl.NodeProto node = consumer.node();
        long[] dims = OnnxGraph.dims(graph.initializer(consumer.weight()));
        requireOnlyUse(consumer.weight(), "the next layer's weight");
        int axis;
        if (consumer.op().equals("Conv")) {
            if (!walk.conv) {
                throw new NotHandled("followed by a Conv; not handled");
            }
            if (intAttribute(node, "group", 1) != 1) {
                throw new NotHandled("the next Conv is grouped; not handled");
            }
            axis = 1;
        } else if (walk.conv && !flattened(walk)) {
            throw new NotHandled("Conv output reaches " + consumer.op() + " without a Flatten; not handled");
        } else if (consumer.op().equals("Gemm")) {
            if (intAttribute(node, "transA", 0) == 1) {
                throw new NotHandled("the next Gemm reads its input transposed; not handled");
            }
            axis = intAttribute(node, "transB", 0) == 1 ? 1 : 0;
        } else {
            axis = 0;
        }
        boolean flat = walk.conv && !consumer.op().equals("Conv");
        if (flat ? dims[axis] % walk.units != 0 : dims[axis] != walk.units) {
            throw new NotHandled("the next layer's " + dims[axis] + " inputs do not match " + walk.units
                    + " units; not handled");
        }
        return axis;
    }

    private boolean flattened(Walk walk) {
        String last = walk.tensors.get(walk.tensors.size() - 1);
        OnnxMl.NodeProto producer = graph.producer(last);
        return producer != null && (producer.getOpType().equals("Flatten") || producer.getOpType().equals("Reshape"));
    }

    private void requireConstant(String tensor, String what) {
        if (!graph.isInitializer(tensor)) {
            throw new NotHandled("the " + what + " is not a constant initializer; not handled");
        }
        OnnxMl.TensorProto t = graph.initializer(tensor);
        if (t.getDataType() != OnnxMl.TensorProto.DataType.FLOAT.getNumber()
                || t.getDataLocation() == OnnxMl.TensorProto.DataLocation.EXTERNAL) {
            throw new NotHandled("the " + what + " is not an embedded FLOAT tensor; not handled");
        }
    }

    private void requireOnlyUse(String initializer, String what) {
        if (graph.consumers(initializer).size() != 1 || graph.isGraphOutput(initializer)) {
            throw new NotHandled(what + " is shared with other nodes; not handled");
        }
    }

    private void requireOnlyFirstOutputUsed(OnnxMl.NodeProto node) {
        for (int i = 1; i < node.getOutputCount(); i++) {
            String out = node.getOutput(i);
            if (!out.isEmpty() && (!graph.consumers(out).isEmpty() || graph.isGraphOutput(out))) {
                throw new NotHandled("followed by " + node.getOpType() + " whose second output is used; not handled");
            }
        }
    }

    static long intAttribute(OnnxMl.NodeProto node, String name, long fallback) {
        return node.getAttributeList().stream().filter(a -> a.getName().equals(name)).mapToLong(
                OnnxMl.AttributeProto::getI).findFirst().orElse(fallback);
    }
}
