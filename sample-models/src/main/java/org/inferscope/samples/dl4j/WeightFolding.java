package org.inferscope.samples.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Moves the scaling a network was trained with into its weights, so that it takes and gives raw values.
 * Arithmetic is in double on DL4J's [nIn, nOut] weights, read by index (their buffer order is 'f').
 */
final class WeightFolding {

    private WeightFolding() {
    }

    /**
     * The first layer saw {@code z = (x - shift) / scale}: {@code z·W + b = x·W' + b'} with
     * {@code W'[i][j] = W[i][j] / scale[i]} and {@code b'[j] = b[j] - Σi shift[i] / scale[i] · W[i][j]}.
     */
    static void foldInputs(MultiLayerNetwork net, Standardization inputs) {
        Layer first = net.getLayer(0);
        double[][] w = first.getParam(DefaultParamInitializer.WEIGHT_KEY).toDoubleMatrix();
        double[] b = first.getParam(DefaultParamInitializer.BIAS_KEY).toDoubleVector();
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w[i].length; j++) {
                b[j] -= inputs.shift()[i] / inputs.scale()[i] * w[i][j];
                w[i][j] /= inputs.scale()[i];
            }
        }
        set(first, w, b);
    }

    /**
     * The last layer learnt {@code z = (y - shift) / scale} with an identity activation:
     * {@code y = z·scale + shift}, so {@code W' = W·scale} and {@code b' = b·scale + shift}.
     */
    static void foldOutputs(MultiLayerNetwork net, Standardization outputs) {
        Layer last = net.getLayer(net.getnLayers() - 1);
        double[][] w = last.getParam(DefaultParamInitializer.WEIGHT_KEY).toDoubleMatrix();
        double[] b = last.getParam(DefaultParamInitializer.BIAS_KEY).toDoubleVector();
        for (int j = 0; j < b.length; j++) {
            for (double[] row : w) {
                row[j] *= outputs.scale()[j];
            }
            b[j] = b[j] * outputs.scale()[j] + outputs.shift()[j];
        }
        set(last, w, b);
    }

    private static void set(Layer layer, double[][] w, double[] b) {
        layer.setParam(DefaultParamInitializer.WEIGHT_KEY, Nd4j.create(w).castTo(layer.getParam(DefaultParamInitializer.WEIGHT_KEY).dataType()));
        layer.setParam(DefaultParamInitializer.BIAS_KEY,
                Nd4j.create(b, new long[] {1, b.length}).castTo(layer.getParam(DefaultParamInitializer.BIAS_KEY).dataType()));
    }
}
