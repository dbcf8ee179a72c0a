package org.inferscope.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.onnx.proto.OnnxMl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.inferscope.engine.testing.RealCases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

class TribuoSamplesTest {

    private static final List<String> MODELS = List.of("iris-logistic", "breast-cancer-forest", "diabetes-linear");

    @TempDir
    static Path dir;

    static SamplesLayout layout;

    private final ModelCards cards = new ModelCards();

    @BeforeAll
    static void writeOnce() throws Exception {
        layout = generate(dir.resolve("first"));
    }

    static SamplesLayout generate(Path root) throws Exception {
        Path raw = RealCases.root().resolve("data/tabular");
        if (!Files.isDirectory(raw)) {
            return null;
        }
        SamplesLayout out = new SamplesLayout(root);
        new SampleDatasets(raw).run(out);
        new TribuoSamples().run(out);
        return out;
    }

    private static SamplesLayout layout() {
        assumeTrue(layout != null, "real case not present: " + RealCases.root());
        return layout;
    }

    @Test
    void irisLogisticIsAtLeastNinetyPercentRightInBothFormats() {
        ModelCard card = cards.read(layout().card("iris-logistic"));
        assertEquals(List.of("tribuo", "onnx"), card.files().stream().map(ModelCard.ModelFile::format).toList());
        card.files().forEach(f -> assertTrue(f.testMetrics().get("accuracy") >= 0.90, f.toString()));
        assertTrue(cards.read(layout().card("breast-cancer-forest")).files().get(0).testMetrics().get("accuracy") >= 0.90);
        assertTrue(cards.read(layout().card("diabetes-linear")).files().get(0).testMetrics().get("r2") >= 0.3);
    }

    @Test
    void cardsStateTheModelsFeaturesAndClassesInTheModelsOrder() throws Exception {
        for (String name : MODELS) {
            ModelCard card = cards.read(layout().card(name));
            Model<?> model = Model.deserializeFromFile(layout().root().resolve(card.files().get(0).file()));
            assertEquals(model.getFeatureIDMap().size(), card.inputs().size(), name);
            assertEquals(TribuoModels.featureOrder(model), card.inputs(), name);
            Set<String> domain = model.getOutputIDInfo().getDomain().stream().map(Object::toString)
                    .collect(Collectors.toSet());
            if (card.classes().isEmpty()) {
                assertEquals(1, domain.size(), name + ": one regression output (Tribuo's CSV loader names it DIM-0)");
            } else {
                assertEquals(domain, Set.copyOf(card.classes()), name);
                @SuppressWarnings("unchecked")
                Model<Label> classifier = (Model<Label>) model;
                assertEquals(TribuoModels.classOrder(classifier), card.classes(), name);
            }
        }
    }

    @Test
    void onnxFilesNameTheirInputColumnsAndHaveOneScorePerClass() throws Exception {
        for (String name : List.of("iris-logistic", "diabetes-linear")) {
            ModelCard card = cards.read(layout().card(name));
            OnnxMl.ModelProto proto = OnnxMl.ModelProto.parseFrom(Files.readAllBytes(layout().model(name, "onnx")));
            Map<String, String> meta = proto.getMetadataPropsList().stream()
                    .collect(Collectors.toMap(OnnxMl.StringStringEntryProto::getKey, OnnxMl.StringStringEntryProto::getValue));
            assertEquals(String.join(",", card.inputs()), meta.get(OnnxSampleFiles.FEATURE_NAMES_KEY));
            assertEquals(card.inputs().size(), dim(proto.getGraph().getInput(0), 1), name);
            assertEquals(Math.max(1, card.classes().size()), dim(proto.getGraph().getOutput(0), 1), name);
        }
    }

    @Test
    void onnxRuntimeAgreesWithTribuo() {
        List<ModelCard.ModelFile> iris = cards.read(layout().card("iris-logistic")).files();
        assertEquals(iris.get(0).testMetrics(), iris.get(1).testMetrics());
        List<ModelCard.ModelFile> diabetes = cards.read(layout().card("diabetes-linear")).files();
        diabetes.get(0).testMetrics().forEach((metric, tribuo) ->
                assertEquals(tribuo, diabetes.get(1).testMetrics().get(metric), Math.abs(tribuo) * 1e-5, metric));
    }

    @Test
    void theSavedForestReproducesItsCardOnTheRawTestCsv() throws Exception {
        ModelCard card = cards.read(layout().card("breast-cancer-forest"));
        @SuppressWarnings("unchecked")
        Model<Label> forest = (Model<Label>) Model.deserializeFromFile(layout().model("breast-cancer-forest", "tribuo"));
        Split<Label> data = Split.classes(layout(), "breast-cancer", "diagnosis");
        assertEquals(card.files().get(0).testMetrics(),
                TribuoModels.classificationMetrics(forest, data.test(), data.sortedClasses()));
    }

    /** Model files embed Tribuo's provenance (training time, file paths), so their weights are compared. */
    @Test
    void aSecondRunGivesTheSameCardsAndTheSameWeights() throws Exception {
        SamplesLayout again = generate(dir.resolve("second"));
        for (String name : MODELS) {
            assertArrayEquals(Files.readAllBytes(layout().card(name)), Files.readAllBytes(again.card(name)), name);
        }
        for (String name : List.of("iris-logistic", "diabetes-linear")) {
            assertEquals(graph(layout(), name), graph(again, name), name);
        }
        assertSamePredictions("iris-logistic", "iris", again);
        assertSamePredictions("breast-cancer-forest", "breast-cancer", again);
        Split<Regressor> diabetes = Split.numbers(layout(), "diabetes", "progression");
        @SuppressWarnings("unchecked")
        Model<Regressor> first = (Model<Regressor>) Model.deserializeFromFile(layout().model("diabetes-linear", "tribuo"));
        @SuppressWarnings("unchecked")
        Model<Regressor> second = (Model<Regressor>) Model.deserializeFromFile(again.model("diabetes-linear", "tribuo"));
        assertArrayEquals(TribuoModels.predictions(first, diabetes.test()), TribuoModels.predictions(second, diabetes.test()));
    }

    private void assertSamePredictions(String name, String dataset, SamplesLayout again) throws Exception {
        Split<Label> data = Split.classes(layout(), dataset, cards.read(layout().card(name)).target());
        List<String> first = labels(Model.deserializeFromFile(layout().model(name, "tribuo")), data);
        List<String> second = labels(Model.deserializeFromFile(again.model(name, "tribuo")), data);
        assertEquals(first, second, name);
    }

    @SuppressWarnings("unchecked")
    private static List<String> labels(Model<?> model, Split<Label> data) {
        return ((Model<Label>) model).predict(data.test()).stream()
                .map(p -> p.getOutput().getLabel() + " " + p.getOutputScores()).toList();
    }

    private static OnnxMl.GraphProto graph(SamplesLayout layout, String name) throws Exception {
        return OnnxMl.ModelProto.parseFrom(Files.readAllBytes(layout.model(name, "onnx"))).getGraph();
    }

    private static long dim(OnnxMl.ValueInfoProto value, int index) {
        return value.getType().getTensorType().getShape().getDim(index).getDimValue();
    }
}
