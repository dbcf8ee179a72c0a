package org.inferscope.plugins.nd4j.transform;

import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The weights and biases of a network's dense layers as Java arrays, cut unit by unit and then written
 * into a rebuilt network. A layer's W is [nIn][nOut] (DL4J's orientation); its bias is nOut values.
 * Layers that are not dense keep their parameters, copied as they were.
 */
final class DenseStack {

    private final MultiLayerNetwork source;
    private final float[][][] weights;
    private final float[][] biases;

    private DenseStack(MultiLayerNetwork source, float[][][] weights, float[][] biases) {
        this.source = source;
        this.weights = weights;
        this.biases = biases;
    }

    static DenseStack of(MultiLayerNetwork network) {
        int n = network.getnLayers();
        float[][][] w = new float[n][][];
        float[][] b = new float[n][];
        for (int i = 0; i < n; i++) {
            Class<?> type = network.getLayer(i).conf().getLayer().getClass();
            if (type == DenseLayer.class || type == OutputLayer.class) {
                w[i] = network.getLayer(i).getParam(DefaultParamInitializer.WEIGHT_KEY).castTo(DataType.FLOAT)
                        .toFloatMatrix();
                INDArray bias = network.getLayer(i).paramTable().get(DefaultParamInitializer.BIAS_KEY);
                b[i] = bias == null ? null : bias.castTo(DataType.FLOAT).toFloatVector();
            }
        }
        return new DenseStack(network, w, b);
    }

    int units(int layer) {
        return weights[layer][0].length;
    }

    long weightCount(int layer) {
        return (long) weights[layer].length * weights[layer][0].length;
    }

    /** Layer {@code layer}'s weights, row-major. */
    float[] weights(int layer) {
        float[][] w = weights[layer];
        float[] flat = new float[w.length * w[0].length];
        for (int r = 0; r < w.length; r++) {
            System.arraycopy(w[r], 0, flat, r * w[0].length, w[0].length);
        }
        return flat;
    }

    /** Per unit of {@code layer}: |incoming weights| x |outgoing weights into the next layer|. */
    double[] unitScores(int layer) {
        float[][] in = weights[layer];
        float[][] out = weights[layer + 1];
        double[] scores = new double[units(layer)];
        for (int u = 0; u < scores.length; u++) {
            double incoming = 0;
            for (float[] row : in) {
                incoming += (double) row[u] * row[u];
            }
            double outgoing = 0;
            for (float v : out[u]) {
                outgoing += (double) v * v;
            }
            scores[u] = Math.sqrt(incoming) * Math.sqrt(outgoing);
        }
        return scores;
    }

    /** Keeps only units {@code keep} of {@code layer}: its W columns and biases, the next layer's W rows. */
    void keepUnits(int layer, int[] keep) {
        float[][] in = weights[layer];
        float[][] cut = new float[in.length][keep.length];
        for (int r = 0; r < in.length; r++) {
            for (int k = 0; k < keep.length; k++) {
                cut[r][k] = in[r][keep[k]];
            }
        }
        weights[layer] = cut;
        if (biases[layer] != null) {
            float[] b = new float[keep.length];
            for (int k = 0; k < keep.length; k++) {
                b[k] = biases[layer][keep[k]];
            }
            biases[layer] = b;
        }
        float[][] next = weights[layer + 1];
        float[][] rows = new float[keep.length][];
        for (int k = 0; k < keep.length; k++) {
            rows[k] = next[keep[k]];
        }
        weights[layer + 1] = rows;
    }

    /** Writes every layer's parameters into {@code target}, a network of the same layers, resized. */
    void writeInto(MultiLayerNetwork target) {
        for (int i = 0; i < weights.length; i++) {
            DataType type = target.getLayer(i).params().dataType();
            if (weights[i] == null) {
                if (source.getLayer(i).numParams() > 0) {
                    target.getLayer(i).setParams(source.getLayer(i).params().dup());
                }
                continue;
            }
            target.getLayer(i).setParam(DefaultParamInitializer.WEIGHT_KEY,
                    Nd4j.createFromArray(weights[i]).castTo(type));
            if (biases[i] != null) {
                target.getLayer(i).setParam(DefaultParamInitializer.BIAS_KEY,
                        Nd4j.createFromArray(biases[i]).reshape(1, biases[i].length).castTo(type));
            }
        }
    }
}
