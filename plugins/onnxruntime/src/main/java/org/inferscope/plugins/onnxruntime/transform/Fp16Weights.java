package org.inferscope.plugins.onnxruntime.transform;

import ai.onnx.proto.OnnxMl;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inferscope.engine.api.LayerChange;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.spi.CalibrationData;

/**
 * FP16 weights: each weight matrix or filter stored as FLOAT16 with a Cast(to=FLOAT) after it, so
 * every operator still computes in FP32 (x86 CPUs have no fast FP16 arithmetic in ONNX Runtime).
 */
final class Fp16Weights implements GraphRewrite {

    @Override
    public OnnxMl.ModelProto apply(OnnxMl.ModelProto model, TransformSpec spec, CalibrationData calibration,
                                   TransformLog log) {
        int skippedBefore = log.skippedLayers().size();
        OnnxGraph graph = new OnnxGraph(model.getGraph());
        List<WeightLayer> layers = QuantizableLayers.scan(graph, log);
        GraphEdit edit = new GraphEdit(model.getGraph());
        Map<String, String> castOf = new HashMap<>();
        for (WeightLayer layer : layers) {
            String weight = layer.weight().getName();
            String cast = castOf.get(weight);
            if (cast == null) {
                cast = storeAsHalf(edit, layer);
                castOf.put(weight, cast);
            }
            edit.setMain(layer.node(), Nodes.withInput(edit.main(layer.node()), 1, cast));
            log.changed(new LayerChange(layer.label(), layer.op(), "FP16 weights, cast to FP32 at load",
                    layer.weightCount(), layer.weightCount(), Sparsity.ofFloats(OnnxGraph.floats(layer.weight()))));
        }
        log.summary(Quantization.summary("FP16 weights", layers, log.skippedLayers().size() - skippedBefore));
        log.note("FP16 weights: ONNX Runtime casts them back to FP32 at load on CPU — a smaller file, the same speed");
        return model.toBuilder().setGraph(edit.build()).build();
    }

    /** Adds the FLOAT16 initializer and its Cast before the layer; returns the Cast's output. */
    private static String storeAsHalf(GraphEdit edit, WeightLayer layer) {
        float[] w = OnnxGraph.floats(layer.weight());
        short[] half = new short[w.length];
        for (int i = 0; i < w.length; i++) {
            half[i] = WeightQuantizer.toHalf(w[i]);
        }
        String base = layer.weight().getName();
        String halfName = edit.fresh(base + "_fp16");
        String castName = edit.fresh(base + "_fp32");
        edit.addInitializer(OnnxGraph.float16Tensor(halfName, OnnxGraph.dims(layer.weight()), half));
        edit.insertBefore(layer.node(), List.of(Nodes.castToFloat(castName, halfName, castName)));
        return castName;
    }
}
