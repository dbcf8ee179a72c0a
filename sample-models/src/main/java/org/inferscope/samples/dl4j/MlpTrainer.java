package org.inferscope.samples.dl4j;

import java.util.Random;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.inferscope.engine.api.Task;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Trains an MLP with Deeplearning4j from a recipe. The row order comes from our own seeded shuffle, not
 * from a DataSetIterator, so that the same recipe and rows give the same weights.
 */
final class MlpTrainer {

    MultiLayerNetwork train(MlpRecipe recipe, float[][] features, float[][] labels) {
        Nd4j.getRandom().setSeed(recipe.seed());
        MultiLayerNetwork net = new MultiLayerNetwork(configuration(recipe, features[0].length, labels[0].length));
        net.init();
        Random order = new Random(recipe.seed());
        int[] rows = new int[features.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        for (int epoch = 0; epoch < recipe.epochs(); epoch++) {
            shuffle(rows, order);
            for (int start = 0; start < rows.length; start += recipe.batchSize()) {
                int end = Math.min(rows.length, start + recipe.batchSize());
                net.fit(Nd4j.create(pick(features, rows, start, end)), Nd4j.create(pick(labels, rows, start, end)));
            }
        }
        return net;
    }

    static MultiLayerConfiguration configuration(MlpRecipe recipe, int inputs, int outputs) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(recipe.seed())
                .dataType(DataType.FLOAT)
                .weightInit(WeightInit.RELU)
                .updater(new Adam(recipe.learningRate()))
                .l2(recipe.l2())
                .list();
        int width = inputs;
        for (int h : recipe.hidden()) {
            list.layer(new DenseLayer.Builder().nIn(width).nOut(h).activation(Activation.RELU).build());
            width = h;
        }
        boolean classify = recipe.task() == Task.CLASSIFICATION;
        list.layer(new OutputLayer.Builder(classify ? LossFunctions.LossFunction.MCXENT : LossFunctions.LossFunction.MSE)
                .nIn(width).nOut(outputs)
                .weightInit(WeightInit.XAVIER)
                .activation(classify ? Activation.SOFTMAX : Activation.IDENTITY)
                .build());
        return list.build();
    }

    private static void shuffle(int[] rows, Random random) {
        for (int i = rows.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = rows[i];
            rows[i] = rows[j];
            rows[j] = t;
        }
    }

    private static float[][] pick(float[][] source, int[] rows, int start, int end) {
        float[][] batch = new float[end - start][];
        for (int i = start; i < end; i++) {
            batch[i - start] = source[rows[i]];
        }
        return batch;
    }
}
