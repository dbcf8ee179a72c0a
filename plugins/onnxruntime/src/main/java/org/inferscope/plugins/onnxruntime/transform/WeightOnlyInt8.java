package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import java.util.List;
import org.inferscope.engine.api.LayerChange;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.spi.CalibrationData;

/** INT8 weights only: each weight stored as INT8 with a DequantizeLinear feeding the unchanged FP32 operator. */
final class WeightOnlyInt8 implements GraphRewrite {

    @Override
    public OnnxMl.ModelProto apply(OnnxMl.ModelProto model, TransformSpec spec, CalibrationData calibration,
                                   TransformLog log) {
        int skippedBefore = log.skippedLayers().size();
        List<WeightLayer> layers = QuantizableLayers.scan(new OnnxGraph(model.getGraph()), log);
        int opset = layers.isEmpty() ? 0 : OpsetUpgrade.qdqOpset(model, spec.perChannel(), log);
        boolean perChannel = spec.perChannel() && opset >= OpsetUpgrade.PER_AXIS;
        String what = "INT8 weights only, " + (perChannel ? "per-channel" : "per-tensor");
        if (opset < 0) {
            layers.forEach(l -> log.skipped(l.label(), l.op(), "QuantizeLinear needs opset 10, and the model cannot be raised"));
            log.summary(Quantization.summary(what, List.of(), log.skippedLayers().size() - skippedBefore));
            return model;
        }
        GraphEdit edit = new GraphEdit(model.getGraph());
        for (WeightLayer layer : layers) {
            QdqNodes.Dequantized dq = QdqNodes.weight(edit, layer, perChannel, 1f, WeightQuantizer.FULL_RANGE);
            edit.setMain(layer.node(), Nodes.withInput(edit.main(layer.node()), 1, dq.output()));
            log.changed(new LayerChange(layer.label(), layer.op(), what + " weights, dequantized per call",
                    layer.weightCount(), layer.weightCount(), Sparsity.ofInt8(dq.weights().values())));
        }
        log.summary(Quantization.summary(what, layers, log.skippedLayers().size() - skippedBefore));
        log.note("INT8 weights only: dequantized on every call — a smaller file, usually slower");
        return OpsetUpgrade.raise(model.toBuilder().setGraph(edit.build()).build(), opset);
    }
}
