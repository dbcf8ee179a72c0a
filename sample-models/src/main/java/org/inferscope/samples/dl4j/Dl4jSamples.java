package org.inferscope.samples.dl4j;

import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.DatasetOptions;
import org.inferscope.engine.api.Task;
import org.inferscope.engine.data.DatasetLoader;
import org.inferscope.plugins.nd4j.Dl4jOnnxExporter;
import org.inferscope.samples.ModelCard;
import org.inferscope.samples.ModelCards;
import org.inferscope.samples.SampleStep;
import org.inferscope.samples.SamplesLayout;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The Deeplearning4j sample models: for each recipe, trains an MLP on the dataset's training split,
 * folds its scaling into the weights, saves it as {@code NAME.dl4j.zip} and {@code NAME.onnx}, checks that
 * the ONNX copy agrees with the DL4J network on the test split, and writes the card. Reads the splits the
 * datasets step wrote.
 */
public final class Dl4jSamples implements SampleStep {

    private final List<MlpRecipe> recipes;
    private final DatasetLoader loader = new DatasetLoader();
    private final FoldedTraining training = new FoldedTraining();
    private final Dl4jOnnxExporter exporter = new Dl4jOnnxExporter();
    private final OnnxScorer scorer = new OnnxScorer();
    private final MlpCards cards = new MlpCards();

    /** The bundled samples: digits-mlp and diabetes-mlp. */
    public Dl4jSamples() {
        this(List.of(MlpRecipe.digits(), MlpRecipe.digitsWide(), MlpRecipe.diabetes()));
    }

    public Dl4jSamples(List<MlpRecipe> recipes) {
        this.recipes = List.copyOf(recipes);
    }

    @Override
    public String name() {
        return "deeplearning4j models";
    }

    @Override
    public void run(SamplesLayout layout) throws Exception {
        for (MlpRecipe recipe : recipes) {
            make(layout, recipe);
        }
    }

    /** Trains, saves, checks and describes one model; fails if the ONNX copy does not agree. */
    public MadeModel make(SamplesLayout layout, MlpRecipe recipe) throws Exception {
        Dataset train = load(layout.trainCsv(recipe.dataset()), recipe.task());
        Dataset test = load(layout.testCsv(recipe.dataset()), recipe.task());
        requireSameColumns(train, test);
        MultiLayerNetwork net = training.train(recipe, train);
        Path zip = layout.model(recipe.name(), "dl4j.zip");
        Path onnx = layout.model(recipe.name(), "onnx");
        Dl4jZip.write(net, zip);
        exporter.write(net, onnx);

        float[][] x = FoldedTraining.rows(test.features());
        float[][] dl4jOutputs = Dl4jZip.read(zip).output(Nd4j.create(x)).toFloatMatrix();
        float[][] onnxOutputs = scorer.score(onnx, x);
        Agreement agreement = Agreement.between(dl4jOutputs, onnxOutputs);
        if (!agreement.holds()) {
            throw new IllegalStateException(recipe.name() + ": the ONNX copy does not agree with the DL4J network: "
                    + agreement);
        }
        List<ModelCard.ModelFile> files = List.of(
                cards.file(layout, "dl4j", zip, test, dl4jOutputs),
                cards.file(layout, "onnx", onnx, test, onnxOutputs));
        ModelCard card = cards.card(layout, recipe, train, test, files);
        new ModelCards().write(card, layout.card(recipe.name()));
        return new MadeModel(card, zip, onnx, agreement);
    }

    private Dataset load(Path file, Task task) {
        return loader.load(file, DatasetOptions.defaults().withTask(task));
    }

    /** The test split must have the training split's columns and, for classes, the same class order. */
    private static void requireSameColumns(Dataset train, Dataset test) {
        if (!train.featureNames().equals(test.featureNames())
                || !train.target().classNames().equals(test.target().classNames())) {
            throw new IllegalStateException("The training and test splits of " + train.name() + " and "
                    + test.name() + " differ in their columns or classes.");
        }
    }
}
