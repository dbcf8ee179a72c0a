package org.inferscope.plugins.nd4j;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** Small networks with weights set by hand, so that their outputs can be worked out on paper. */
final class TinyNetworks {

    private TinyNetworks() {
    }

    /** 2 -> 3 relu -> 2 identity; W1 is [[1,2,3],[4,5,6]], W2 is [[1,0],[0,1],[-1,2]]. */
    static MultiLayerNetwork reluThenLinear() {
        MultiLayerNetwork net = network(new DenseLayer.Builder().nIn(2).nOut(3).activation(Activation.RELU).build(),
                output(3, 2, Activation.IDENTITY));
        set(net, 0, new float[][] {{1, 2, 3}, {4, 5, 6}}, new float[] {0.5f, -20, 0});
        set(net, 1, new float[][] {{1, 0}, {0, 1}, {-1, 2}}, new float[] {0.25f, -0.5f});
        return net;
    }

    /** 2 -> 2 softmax with identity weights and no bias: softmax of the input itself. */
    static MultiLayerNetwork softmaxOfInput() {
        MultiLayerNetwork net = network(output(2, 2, Activation.SOFTMAX));
        set(net, 0, new float[][] {{1, 0}, {0, 1}}, new float[] {0, 0});
        return net;
    }

    static OutputLayer output(int nIn, int nOut, Activation activation) {
        return new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(nIn).nOut(nOut).activation(activation)
                .build();
    }

    static MultiLayerNetwork network(org.deeplearning4j.nn.conf.layers.Layer... layers) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder().seed(7)
                .dataType(DataType.FLOAT).list();
        for (org.deeplearning4j.nn.conf.layers.Layer layer : layers) {
            list.layer(layer);
        }
        MultiLayerConfiguration conf = list.build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    static void set(MultiLayerNetwork net, int layer, float[][] weights, float[] bias) {
        net.getLayer(layer).setParam(DefaultParamInitializer.WEIGHT_KEY, Nd4j.create(weights));
        net.getLayer(layer).setParam(DefaultParamInitializer.BIAS_KEY, Nd4j.create(bias, new long[] {1, bias.length}));
    }
}
