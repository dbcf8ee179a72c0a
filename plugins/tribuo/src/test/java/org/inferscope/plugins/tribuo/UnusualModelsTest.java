package org.inferscope.plugins.tribuo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.ModelInfo;
import org.inferscope.engine.spi.LoadedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.sgd.linear.LinearSGDTrainer;
import org.tribuo.regression.sgd.objectives.SquaredLoss;

/** Models that are real Tribuo models but cannot be bound or read the ordinary way. */
class UnusualModelsTest {

    @TempDir
    Path dir;

    private final TribuoProvider provider = new TribuoProvider();

    @Test
    void aRegressionModelWithTwoOutputDimensionsIsRefusedClearly() throws Exception {
        RegressionFactory factory = new RegressionFactory();
        MutableDataset<Regressor> data = new MutableDataset<>(new SimpleDataSourceProvenance("two", factory), factory);
        for (double[] row : TinyTribuoModels.rows(50, 31)) {
            Regressor both = new Regressor(new String[] {"a", "b"}, new double[] {row[0] + row[1], row[2]});
            data.add(new ArrayExample<>(both, TinyTribuoModels.DATA_ORDER, row));
        }
        Model<Regressor> model = new LinearSGDTrainer(new SquaredLoss(), new AdaGrad(0.1), 2, 1L).train(data);
        Path file = TinyTribuoModels.save(model, dir, "two.tribuo");
        String message = assertThrows(BadInputException.class, () -> provider.load(file)).getMessage();
        assertEquals("two.tribuo is a Tribuo regression model with 2 output dimensions; InferScope evaluates one"
                + " predicted value per row: train one model per dimension.", message);
    }

    @Test
    void featureNamesWithACommaAreNotOfferedForBindingByName() throws Exception {
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("commas", factory), factory);
        String[] names = {"colour,red", "size"};
        for (double[] row : TinyTribuoModels.rows(40, 32)) {
            double[] two = {row[0], row[1]};
            data.add(new ArrayExample<>(new Label(row[0] > row[1] ? "x" : "y"), names, two));
        }
        Model<Label> model = new CARTClassificationTrainer(3).train(data);
        try (LoadedModel loaded = provider.load(TinyTribuoModels.save(model, dir, "commas.tribuo"))) {
            ModelInfo info = loaded.info();
            assertFalse(info.metadata().containsKey("feature_names"));
            assertTrue(info.metadata().get("feature_names_note").startsWith("a feature name holds a comma"));
            assertEquals(2L, info.inputs().get(0).shape().get(1));
        }
    }
}
