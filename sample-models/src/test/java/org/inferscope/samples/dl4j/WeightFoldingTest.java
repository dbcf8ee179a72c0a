package org.inferscope.samples.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.inferscope.engine.api.Task;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class WeightFoldingTest {

    @Test
    void foldedNetworkOnRawValuesMatchesTheNetworkOnScaledValues() {
        MlpRecipe recipe = new MlpRecipe("t", "t", "t", Task.REGRESSION, MlpRecipe.InputScaling.STANDARDIZE,
                new int[] {5}, 1e-3, 0, 1, 4, 3);
        MultiLayerNetwork net = new MultiLayerNetwork(MlpTrainer.configuration(recipe, 3, 2));
        net.init();
        float[][] raw = {{10, 200, -3}, {12, 180, 4}, {7, 260, 0}};
        Standardization inputs = Standardization.of(raw);
        Standardization outputs = new Standardization(new double[] {150, -2}, new double[] {70, 0.5});
        float[][] expected = net.output(Nd4j.create(inputs.apply(raw))).toFloatMatrix();

        WeightFolding.foldInputs(net, inputs);
        WeightFolding.foldOutputs(net, outputs);
        float[][] folded = net.output(Nd4j.create(raw)).toFloatMatrix();
        for (int r = 0; r < raw.length; r++) {
            float[] want = {expected[r][0] * 70 + 150, expected[r][1] * 0.5f - 2};
            assertArrayEquals(want, folded[r], 1e-3f);
        }
    }
}
