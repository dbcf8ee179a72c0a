package org.inferscope.samples;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.inferscope.engine.api.Task;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.slm.SLMTrainer;
import org.tribuo.regression.slm.SparseLinearModel;

/**
 * Trains the Tribuo samples on the dataset splits (run {@link SampleDatasets} first) and writes each as
 * Tribuo protobuf ({@code .tribuo}), as ONNX where Tribuo can export it, and a card whose test metrics
 * come from the model's own predictions and, for ONNX, from ONNX Runtime.
 */
public final class TribuoSamples implements SampleStep {

    /** The seed of every trainer. */
    public static final long SEED = 42L;

    static final String LIBRARY = "Tribuo 4.3.2";

    /** Decimals the forest's training features are rounded to. */
    static final int FOREST_DECIMALS = 2;

    /** Held so that the level set on it is not lost when the logger is garbage collected. */
    private final Logger tribuoLog = Logger.getLogger("org.tribuo");

    private final ModelCards cards = new ModelCards();

    public TribuoSamples() {
    }

    @Override
    public String name() {
        return "tribuo models";
    }

    @Override
    public void run(SamplesLayout layout) throws Exception {
        tribuoLog.setLevel(Level.WARNING);
        irisLogistic(layout);
        breastCancerForest(layout);
        diabetesLinear(layout);
    }

    void irisLogistic(SamplesLayout layout) throws Exception {
        Split<Label> data = Split.classes(layout, "iris", "species");
        var trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), 200, 1000, 1, SEED);
        LinearSGDModel model = (LinearSGDModel) trainer.train(data.train());
        List<String> inputs = TribuoModels.featureOrder(model);
        List<String> classes = TribuoModels.classOrder(model);
        Path tribuo = save(model, layout, "iris-logistic");
        Path onnx = layout.model("iris-logistic", "onnx");
        OnnxSampleFiles.export(model, inputs, classes, onnx);
        var files = List.of(
                new ModelCard.ModelFile("tribuo", layout.relative(tribuo),
                        TribuoModels.classificationMetrics(model, data.test(), data.sortedClasses())),
                new ModelCard.ModelFile("onnx", layout.relative(onnx), OnnxSampleFiles.classification(onnx,
                        data.testCsv(), data.target(), inputs, classes)));
        var hyper = hyperparameters("objective", "LogMulticlass (multinomial logistic regression)",
                "optimiser", "AdaGrad(initialLearningRate=0.5, epsilon=0.1)", "epochs", "200", "minibatchSize", "1");
        write(layout, data, new CardText("iris-logistic", "Logistic regression on Iris", inputs, classes,
                "None: the raw measurements in cm. " + inputOrderNote(inputs, data) + " Its score columns are in"
                        + " Tribuo's class order, which its metadata states ('" + OnnxSampleFiles.CLASS_LABELS_KEY
                        + "').", List.of()),
                files, made(trainer, hyper, data));
    }

    void breastCancerForest(SamplesLayout layout) throws Exception {
        Split<Label> data = Split.classes(layout, "breast-cancer", "diagnosis");
        MutableDataset<Label> binned = TribuoSplits.rounded(data.train(), FOREST_DECIMALS, new LabelFactory());
        var tree = new CARTClassificationTrainer(8, 0.2f, SEED);
        var trainer = new RandomForestTrainer<>(tree, new VotingCombiner(), 50, SEED);
        Model<Label> model = trainer.train(binned);
        Path tribuo = save(model, layout, "breast-cancer-forest");
        var files = List.of(new ModelCard.ModelFile("tribuo", layout.relative(tribuo),
                TribuoModels.classificationMetrics(model, data.test(), data.sortedClasses())));
        var hyper = hyperparameters("trees", "50", "maxDepth", "8", "fractionFeaturesInSplit", "0.2",
                "impurity", "GiniIndex", "combiner", "VotingCombiner (majority vote)",
                "trainingFeaturesRoundedToDecimals", String.valueOf(FOREST_DECIMALS));
        String preprocessing = "The trainer saw every feature rounded half-up to " + FOREST_DECIMALS + " decimals "
                + "(it keeps CART training fast); the saved model takes the raw values of the CSV, which is what "
                + "its test metrics were computed on, so no preprocessing is needed to reproduce them.";
        write(layout, data, new CardText("breast-cancer-forest", "Random forest on Breast Cancer Wisconsin (diagnostic)",
                TribuoModels.featureOrder(model), TribuoModels.classOrder(model), preprocessing, List.of()),
                files, made(trainer, hyper, data));
    }

    void diabetesLinear(SamplesLayout layout) throws Exception {
        Split<Regressor> data = Split.numbers(layout, "diabetes", "progression");
        var trainer = new SLMTrainer(false);
        SparseLinearModel model = trainer.train(data.train(), Map.of());
        List<String> inputs = TribuoModels.featureOrder(model);
        Path tribuo = save(model, layout, "diabetes-linear");
        Path onnx = layout.model("diabetes-linear", "onnx");
        OnnxSampleFiles.export(model, inputs, List.of(), onnx);
        var files = List.of(
                new ModelCard.ModelFile("tribuo", layout.relative(tribuo),
                        TribuoModels.regressionMetrics(model, data.test())),
                new ModelCard.ModelFile("onnx", layout.relative(onnx),
                        OnnxSampleFiles.regression(onnx, data.testCsv(), data.target(), inputs)));
        var hyper = hyperparameters("method", "least squares on all features (forward stepwise selection without a "
                + "limit on the number of features)", "normalize", "false");
        write(layout, data, new CardText("diabetes-linear", "Linear regression on Diabetes (raw, unscaled features)",
                inputs, List.of(), "None: the raw, unscaled values. " + inputOrderNote(inputs, data), List.of()),
                files, made(trainer, hyper, data));
    }

    private static Path save(Model<?> model, SamplesLayout layout, String name) throws Exception {
        Path file = layout.model(name, "tribuo");
        java.nio.file.Files.createDirectories(file.getParent());
        model.serializeToFile(file);
        return file;
    }

    /**
     * Tribuo's ONNX export takes its columns in feature-id order (sorted names); the CSV keeps
     * scikit-learn's order. The ONNX file names its columns so the workbench matches them by name.
     */
    private static String inputOrderNote(List<String> inputs, Split<?> data) {
        if (inputs.equals(data.csvFeatures())) {
            return "The ONNX input's columns are in the CSV's column order.";
        }
        return "The ONNX input's columns are in Tribuo's feature order (sorted by name), not the CSV's: the file "
                + "lists them in its metadata ('" + OnnxSampleFiles.FEATURE_NAMES_KEY + "'), and the workbench "
                + "matches CSV columns to them by name.";
    }

    private static Map<String, String> hyperparameters(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static ModelCard.Making made(Trainer<?> trainer, Map<String, String> hyper, Split<?> data) {
        return new ModelCard.Making(LIBRARY, trainer.toString(), hyper, SEED, data.train().size(), data.test().size());
    }

    private void write(SamplesLayout layout, Split<?> data, CardText text, List<ModelCard.ModelFile> files,
                       ModelCard.Making made) {
        Task task = text.classes().isEmpty() ? Task.REGRESSION : Task.CLASSIFICATION;
        cards.write(new ModelCard(ModelCard.SCHEMA_VERSION, text.name(), text.title(), task, data.dataset(),
                layout.relative(data.trainCsv()), layout.relative(data.testCsv()), data.target(), text.inputs(),
                text.classes(), text.preprocessing(), text.evalArguments(), files, made), layout.card(text.name()));
    }

    /** The parts of a card that differ from model to model. */
    private record CardText(String name, String title, List<String> inputs, List<String> classes,
                            String preprocessing, List<String> evalArguments) {
    }
}
