package org.inferscope.plugins.tribuo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inferscope.engine.api.ElementType;
import org.inferscope.engine.api.ModelInfo;
import org.inferscope.engine.api.TensorSpec;
import org.inferscope.engine.spi.LoadedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Model;
import org.tribuo.classification.Label;

class ModelInfoTest {

    @TempDir
    Path dir;

    private ModelInfo infoOf(Model<?> model) throws Exception {
        Path file = TinyTribuoModels.save(model, dir, "model.tribuo");
        try (LoadedModel loaded = new TribuoProvider().load(file)) {
            return loaded.info();
        }
    }

    @Test
    void classificationModelStatesFeaturesInTribuoOrderAndLabelsInOutputIdOrder() throws Exception {
        Model<Label> model = TinyTribuoModels.logisticRegression();
        ModelInfo info = infoOf(model);
        assertEquals("Tribuo", info.format());
        assertEquals(Files.size(dir.resolve("model.tribuo")), info.fileSizeBytes());
        TensorSpec input = info.inputs().get(0);
        assertEquals("features", input.name());
        assertEquals(ElementType.FLOAT, input.elementType());
        assertEquals(List.of(-1L, 3L), input.shape());
        assertEquals(List.of("batch", ""), input.dimensionNames());
        assertEquals("petal,sepal,width", info.metadata().get("feature_names"));
        assertEquals(List.of(-1L, 3L), info.outputs().get(0).shape());
        assertEquals("scores", info.outputs().get(0).name());
        assertEquals(TribuoModelTestSupport.labelsInIdOrder(model), info.classLabels());
        assertEquals(List.of("setosa", "versicolor", "virginica"), info.classLabels().stream().sorted().toList());
        assertEquals(0, info.opset());
        assertTrue(info.opCounts().isEmpty());
    }

    @Test
    void provenanceGivesTrainerVersionDataAndAFewSettings() throws Exception {
        ModelInfo info = infoOf(TinyTribuoModels.logisticRegression());
        assertEquals("org.tribuo.classification.sgd.linear.LinearSGDModel", info.metadata().get("model_class"));
        assertEquals("org.tribuo.classification.sgd.linear.LogisticRegressionTrainer", info.metadata().get("trainer"));
        assertEquals("4.3.2", info.metadata().get("tribuo_version"));
        assertEquals("synthetic flowers; 300 examples, 3 features, 3 outputs", info.metadata().get("training_data"));
        assertEquals("5", info.metadata().get("trainer.epochs"));
        assertEquals("3 features seen in training: petal [0.25, 7.875], sepal [0.125, 7.875], width [0.125, 7.875]",
                info.metadata().get("feature_domain"));
        assertTrue(info.metadata().get("output_domain").matches("(\\w+ \\(\\d+ examples\\)(, )?){3}"),
                info.metadata().get("output_domain"));
        long settings = info.metadata().keySet().stream().filter(k -> k.startsWith("trainer.")).count();
        assertTrue(settings >= 1 && settings <= 8, info.metadata()::toString);
    }

    @Test
    void linearModelsCountTheirWeightsAndTreesSayUnknown() throws Exception {
        // 3 features + bias, one row per class
        assertEquals(12, infoOf(TinyTribuoModels.logisticRegression()).parameterCount());
        assertEquals(-1, infoOf(TinyTribuoModels.cart()).parameterCount());
    }

    @Test
    void regressionModelHasOneValueOutputAndNoClassLabels() throws Exception {
        ModelInfo info = infoOf(TinyTribuoModels.regressionTree());
        TensorSpec output = info.outputs().get(0);
        assertEquals("value", output.name());
        assertEquals(List.of(-1L, 1L), output.shape());
        assertTrue(info.classLabels().isEmpty());
        assertTrue(info.metadata().get("output_domain").matches("y \\[-?[0-9.]+, [0-9.]+\\] \\(300 examples\\)"),
                info.metadata().get("output_domain"));
        assertEquals("petal,sepal,width", info.metadata().get("feature_names"));
        assertEquals("org.tribuo.regression.rtree.CARTRegressionTrainer", info.metadata().get("trainer"));
    }

    @Test
    void featureNamesWithCommasAreNotListed() {
        assertFalse(ModelDescription.canListByName(new String[] {"a", "b,c"}));
        assertFalse(ModelDescription.canListByName(new String[] {" a"}));
        assertTrue(ModelDescription.canListByName(new String[] {"a", "b@c"}));
    }
}
