package org.inferscope.plugins.nd4j.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One parameter tensor of a network, read out as row-major floats and written back in place.
 *
 * @param key the parameter's key in the network's table ("0_W", "dense_b")
 * @param layer the layer as a user finds it ("layer 0", "layer dense")
 * @param layerType the layer's configuration class ("DenseLayer")
 * @param dims the tensor's shape
 * @param weight true for weights (W, RW), false for biases and other per-unit parameters
 */
record WeightTensor(String key, String layer, String layerType, long[] dims, boolean weight) {

    /** Every parameter of the network, in the network's order. */
    static List<WeightTensor> all(Model model) {
        List<WeightTensor> tensors = new ArrayList<>();
        for (Map.Entry<String, INDArray> e : model.paramTable().entrySet()) {
            String key = e.getKey();
            int cut = key.lastIndexOf('_');
            String layerName = cut < 0 ? key : key.substring(0, cut);
            String param = cut < 0 ? key : key.substring(cut + 1);
            tensors.add(new WeightTensor(key, "layer " + layerName, layerType(model, layerName),
                    e.getValue().shape(), param.equals("W") || param.equals("RW")));
        }
        return tensors;
    }

    /** Only the weight matrices and filters. */
    static List<WeightTensor> weights(Model model) {
        return all(model).stream().filter(WeightTensor::weight).toList();
    }

    float[] read(Model model) {
        INDArray value = model.getParam(key);
        return value.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }

    void write(Model model, float[] values) {
        INDArray current = model.getParam(key);
        model.setParam(key, Nd4j.create(values, dims, 'c').castTo(current.dataType()));
    }

    long count() {
        long n = 1;
        for (long d : dims) {
            n *= d;
        }
        return n;
    }

    private static String layerType(Model model, String layerName) {
        try {
            org.deeplearning4j.nn.api.Layer layer = model instanceof MultiLayerNetwork mln
                    ? mln.getLayer(Integer.parseInt(layerName))
                    : ((ComputationGraph) model).getLayer(layerName);
            return layer.conf().getLayer().getClass().getSimpleName();
        } catch (RuntimeException e) {
            return "layer";
        }
    }
}
