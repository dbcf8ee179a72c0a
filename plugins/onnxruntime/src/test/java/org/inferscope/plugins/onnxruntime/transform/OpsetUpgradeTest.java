package org.inferscope.plugins.onnxruntime.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnx.proto.OnnxMl;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpsetUpgradeTest {

    @Test
    void logSoftmaxOnTheLastAxisOfA2dOutputMayBeRaisedTo13() {
        OnnxMl.ModelProto model = model(9, "LogSoftmax", 2);
        assertNull(OpsetUpgrade.obstacle(model, 13));
        OnnxMl.ModelProto raised = OpsetUpgrade.raise(model, 13);
        assertEquals(13, OpsetUpgrade.opset(raised));
        assertTrue(raised.getIrVersion() >= 4);
    }

    @Test
    void softmaxOverAFlattened3dInputBlocksOpset13ButNot11() {
        OnnxMl.ModelProto model = model(9, "Softmax", 3);
        assertNotNull(OpsetUpgrade.obstacle(model, 13));
        assertNull(OpsetUpgrade.obstacle(model, 11));
    }

    @Test
    void perChannelFallsBackToPerTensorWithANoteWhenTheGraphCannotReach13() {
        TransformLog log = new TransformLog();
        assertEquals(10, OpsetUpgrade.qdqOpset(model(9, "Squeeze", 2), true, log));
        assertTrue(log.notes().get(0).contains("per tensor instead"), log.notes().toString());
    }

    private static OnnxMl.ModelProto model(int opset, String op, int outputRank) {
        OnnxMl.TensorShapeProto.Builder shape = OnnxMl.TensorShapeProto.newBuilder();
        for (int i = 0; i < outputRank; i++) {
            shape.addDim(OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimValue(2));
        }
        OnnxMl.ValueInfoProto y = OnnxMl.ValueInfoProto.newBuilder().setName("y").setType(OnnxMl.TypeProto.newBuilder()
                .setTensorType(OnnxMl.TypeProto.Tensor.newBuilder().setElemType(1).setShape(shape))).build();
        OnnxMl.GraphProto graph = OnnxMl.GraphProto.newBuilder().addOutput(y)
                .addNode(Nodes.node(op, "n", List.of("x"), List.of("y"))).build();
        return OnnxMl.ModelProto.newBuilder().setIrVersion(3)
                .addOpsetImport(OnnxMl.OperatorSetIdProto.newBuilder().setVersion(opset)).setGraph(graph).build();
    }
}
