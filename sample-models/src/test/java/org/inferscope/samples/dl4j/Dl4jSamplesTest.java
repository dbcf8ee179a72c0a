package org.inferscope.samples.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.inferscope.samples.ModelCard;
import org.inferscope.samples.ModelCards;
import org.inferscope.samples.SamplesLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Dl4jSamplesTest {

    @Test
    void classifierCopiesAgreeAndTheCardMatchesTheNetwork(@TempDir Path root) throws Exception {
        SamplesLayout layout = new SamplesLayout(root);
        SmallSplits.writeDigitsLike(layout, "tiny");
        MadeModel made = new Dl4jSamples().make(layout, SmallSplits.classifier("tiny", 20));

        assertTrue(made.agreement().holds(), made.agreement().toString());
        assertEquals(0, made.agreement().argmaxMismatches());
        ModelCard card = new ModelCards().read(layout.card("tiny-mlp"));
        MultiLayerNetwork net = Dl4jZip.read(made.dl4jZip());
        assertEquals(List.of("p0", "p1", "p2", "p3"), card.inputs());
        assertEquals(card.inputs().size(), net.layerInputSize(0));
        assertEquals(List.of("0", "1", "2"), card.classes());
        assertEquals(card.classes().size(), net.layerSize(net.getnLayers() - 1));
        assertEquals(List.of("dl4j", "onnx"), card.files().stream().map(ModelCard.ModelFile::format).toList());
        assertEquals("models/tiny-mlp.onnx", card.files().get(1).file());
        // raw pixel values go in: the /16 is inside the weights, and the easy classes are learnt
        assertTrue(card.files().get(1).testMetrics().get("accuracy") > 0.9, card.toString());
    }

    @Test
    void regressorTakesRawFeaturesAndGivesTheRawTarget(@TempDir Path root) throws Exception {
        SamplesLayout layout = new SamplesLayout(root);
        SmallSplits.writeDiabetesLike(layout, "small");
        MadeModel made = new Dl4jSamples().make(layout, SmallSplits.regressor("small", 60));

        assertTrue(made.agreement().holds(), made.agreement().toString());
        ModelCard card = made.card();
        assertEquals(List.of(), card.classes());
        assertEquals("progression", card.target());
        // R² is only high if both the feature and the target scaling were folded in correctly
        assertTrue(card.files().get(0).testMetrics().get("r2") > 0.9, card.toString());
        assertTrue(card.files().get(1).testMetrics().get("r2") > 0.9, card.toString());
    }

    @Test
    void twoTrainingsWriteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws Exception {
        MadeModel[] made = new MadeModel[2];
        Path[] roots = {first, second};
        for (int i = 0; i < 2; i++) {
            SamplesLayout layout = new SamplesLayout(roots[i]);
            SmallSplits.writeDigitsLike(layout, "tiny");
            made[i] = new Dl4jSamples().make(layout, SmallSplits.classifier("tiny", 5));
        }
        assertArrayEquals(Files.readAllBytes(made[0].dl4jZip()), Files.readAllBytes(made[1].dl4jZip()));
        assertArrayEquals(Files.readAllBytes(made[0].onnx()), Files.readAllBytes(made[1].onnx()));
        assertEquals(made[0].card(), made[1].card());
    }

    @Test
    void agreementIsRelativeForLargeOutputsAndCountsArgmaxChanges() {
        Agreement a = Agreement.between(new float[][] {{300f, 1f}, {0.2f, 0.8f}},
                new float[][] {{300.001f, 1f}, {0.8f, 0.2f}});
        assertEquals(1, a.argmaxMismatches());
        assertEquals(0.6, a.maxDifference(), 1e-6);
        Agreement close = Agreement.between(new float[][] {{300f}}, new float[][] {{300.001f}});
        assertTrue(close.holds(), close.toString());
    }
}
