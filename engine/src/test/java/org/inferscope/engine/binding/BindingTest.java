package org.inferscope.engine.binding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.ElementType;
import org.inferscope.engine.api.ModelInfo;
import org.inferscope.engine.api.Scaling;
import org.inferscope.engine.api.TensorSpec;
import org.inferscope.engine.api.ValueKind;
import org.inferscope.engine.spi.InputBatch;
import org.inferscope.engine.testing.TestDatasets;
import org.junit.jupiter.api.Test;

class BindingTest {

    static ModelInfo model(List<TensorSpec> inputs, List<TensorSpec> outputs, Map<String, String> metadata) {
        return new ModelInfo(Path.of("model.onnx"), "ONNX", 100, inputs, outputs, 13, Map.of(), 10, List.of(),
                metadata);
    }

    static ModelInfo model(TensorSpec input, TensorSpec... outputs) {
        return model(List.of(input), List.of(outputs), Map.of());
    }

    private static final TensorSpec SCORES = TensorSpec.tensor("scores", ElementType.FLOAT, -1, 2);

    @Test
    void a784ColumnDatasetFeedsAnImageInputAsOneByTwentyEightByTwentyEight() {
        Dataset data = TestDatasets.zeros("mnist.csv", 3, 784);
        Binding b = Binding.create(model(TensorSpec.tensor("x", ElementType.FLOAT, -1, 1, 28, 28), SCORES),
                data, BindingOptions.defaults());
        assertArrayEquals(new long[] {5, 1, 28, 28}, b.shapeFor(5));
        assertEquals(784, b.elementsPerRow());
        assertEquals(Integer.MAX_VALUE, b.maxBatch());
        assertTrue(b.notes().isEmpty());
    }

    @Test
    void aColumnCountMismatchSaysWhatTheModelExpectsAndWhatToDo() {
        Dataset data = TestDatasets.zeros("digits.csv", 2, 64);
        BadInputException e = assertThrows(BadInputException.class, () -> Binding.create(
                model(TensorSpec.tensor("x", ElementType.FLOAT, -1, 784), SCORES), data, BindingOptions.defaults()));
        assertEquals("model.onnx expects 784 features (input 'x' FLOAT[?,784]), the dataset digits.csv has 64:"
                + " choose the dataset the model was trained on or a matching model.", e.getMessage());
    }

    @Test
    void aFixedBatchOfOneForcesSingleRowsAndSaysSo() {
        Dataset data = TestDatasets.zeros("d.csv", 4, 3);
        Binding b = Binding.create(model(TensorSpec.tensor("x", ElementType.FLOAT, 1, 3), SCORES), data,
                BindingOptions.defaults());
        assertEquals(1, b.maxBatch());
        assertEquals(List.of("model input is fixed at batch 1: every batch is run as single rows"), b.notes());
        assertThrows(IllegalArgumentException.class, () -> b.batch(b.prepareAll(), 0, 2));
    }

    @Test
    void oneFreeFeatureDimensionIsInferredFromTheColumnCount() {
        Dataset data = TestDatasets.zeros("d.csv", 2, 12);
        Binding b = Binding.create(model(TensorSpec.tensor("x", ElementType.FLOAT, -1, 3, -1), SCORES), data,
                BindingOptions.defaults());
        assertArrayEquals(new long[] {2, 3, 4}, b.shapeFor(2));
    }

    @Test
    void twoFreeFeatureDimensionsAreRefused() {
        Dataset data = TestDatasets.zeros("d.csv", 2, 12);
        assertThrows(BadInputException.class, () -> Binding.create(
                model(TensorSpec.tensor("x", ElementType.FLOAT, -1, -1, -1), SCORES), data, BindingOptions.defaults()));
    }

    @Test
    void severalInputsAreRefusedNamingThem() {
        Dataset data = TestDatasets.zeros("d.csv", 2, 2);
        ModelInfo m = model(List.of(TensorSpec.tensor("a", ElementType.FLOAT, -1, 2),
                TensorSpec.tensor("b", ElementType.FLOAT, -1, 2)), List.of(SCORES), Map.of());
        BadInputException e = assertThrows(BadInputException.class,
                () -> Binding.create(m, data, BindingOptions.defaults()));
        assertTrue(e.getMessage().contains("'a' FLOAT[?,2], 'b' FLOAT[?,2]"), e.getMessage());
    }

    @Test
    void scalingIsAppliedOnceAndBatchesOffsetIntoThePreparedMatrix() {
        Dataset data = TestDatasets.classification("d.csv", 2, new float[] {255, 0, 51, 102}, new int[] {0, 1},
                List.of("0", "1"));
        Binding b = Binding.create(model(TensorSpec.tensor("x", ElementType.FLOAT, -1, 2), SCORES), data,
                new BindingOptions(new Scaling(255, 0.5, 0.5), List.of(), null, null));
        float[] prepared = b.prepareAll();
        assertArrayEquals(new float[] {1, -1, -0.6f, -0.2f}, prepared, 1e-6f);
        assertSame(prepared, b.prepareAll());
        InputBatch second = b.batch(prepared, 1, 1);
        assertSame(prepared, second.values());
        assertEquals(2, second.offset());
        assertArrayEquals(new long[] {1, 2}, second.shape());
    }

    @Test
    void unscaledPositionalDataIsNotCopied() {
        Dataset data = TestDatasets.zeros("d.csv", 2, 2);
        Binding b = Binding.create(model(TensorSpec.tensor("x", ElementType.FLOAT, -1, 2), SCORES), data,
                BindingOptions.defaults());
        assertSame(data.features().values(), b.prepareAll());
    }

    @Test
    void columnsAreMatchedByNameWhenTheModelNamesItsFeatures() {
        Dataset data = TestDatasets.classification("d.csv", 3, new float[] {1, 2, 3}, new int[] {0}, List.of("0"));
        ModelInfo m = model(List.of(TensorSpec.tensor("x", ElementType.FLOAT, -1, 2)), List.of(SCORES),
                Map.of("feature_names", "f2, f0"));
        Binding b = Binding.create(m, data, BindingOptions.defaults());
        assertTrue(b.columnsMatchedByName());
        assertArrayEquals(new float[] {3, 1}, b.prepareAll());
    }

    @Test
    void classificationPrefersTheLabelOutput() {
        Dataset data = TestDatasets.zeros("d.csv", 2, 2);
        TensorSpec label = TensorSpec.tensor("label", ElementType.INT64, -1);
        TensorSpec zipmap = new TensorSpec("probabilities", ValueKind.SEQUENCE, ElementType.FLOAT, List.of(),
                List.of(), "sequence(map(int64,float))");
        Binding b = Binding.create(model(List.of(TensorSpec.tensor("x", ElementType.FLOAT, -1, 2)),
                List.of(zipmap, label), Map.of()), data, BindingOptions.defaults());
        assertEquals("label", b.output().name());
    }

    @Test
    void regressionTakesTheFirstNumberOutputAndTheUsersChoiceWins() {
        Dataset data = TestDatasets.regression("r.csv", 2, new float[] {1, 2}, new double[] {3});
        TensorSpec label = TensorSpec.tensor("label", ElementType.INT64, -1);
        TensorSpec y = TensorSpec.tensor("variable", ElementType.FLOAT, -1, 1);
        TensorSpec other = TensorSpec.tensor("other", ElementType.DOUBLE, -1, 1);
        ModelInfo m = model(List.of(TensorSpec.tensor("x", ElementType.FLOAT, -1, 2)), List.of(label, y, other),
                Map.of());
        assertEquals("variable", Binding.create(m, data, BindingOptions.defaults()).output().name());
        assertEquals("other", Binding.create(m, data, new BindingOptions(null, null, null, "other")).output().name());
    }

    @Test
    void anEmptyDatasetIsRefused() {
        Dataset data = TestDatasets.zeros("empty.csv", 0, 2);
        BadInputException e = assertThrows(BadInputException.class, () -> Binding.create(
                model(TensorSpec.tensor("x", ElementType.FLOAT, -1, 2), SCORES), data, BindingOptions.defaults()));
        assertTrue(e.getMessage().contains("empty.csv has no rows"), e.getMessage());
    }
}
