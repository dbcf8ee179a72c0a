package org.inferscope.plugins.tribuo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.sgd.linear.LinearSGDTrainer;
import org.tribuo.regression.sgd.objectives.SquaredLoss;

/**
 * Small real Tribuo models trained in the test on synthetic data. Feature names are given out of
 * alphabetical order, so Tribuo's feature-id order (sorted by name) differs from the data's. Every
 * value is a multiple of 1/8, exact in float and double, so the engine's float input loses nothing.
 */
final class TinyTribuoModels {
    /** The data's own column order; Tribuo's order is petal, sepal, width. */
    static final String[] DATA_ORDER = {"width", "petal", "sepal"};
    static final String[] TRIBUO_ORDER = {"petal", "sepal", "width"};
    static final String[] CLASSES = {"setosa", "versicolor", "virginica"};

    static {
        Logger.getLogger("org.tribuo").setLevel(Level.WARNING);
    }

    private TinyTribuoModels() {
    }

    /** Rows in {@link #DATA_ORDER}; values in [0, 8) in steps of 1/8. */
    static double[][] rows(int count, long seed) {
        Random random = new Random(seed);
        double[][] rows = new double[count][DATA_ORDER.length];
        for (double[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                row[c] = random.nextInt(64) / 8.0;
            }
        }
        return rows;
    }

    /** The class is the largest of width, petal, sepal (0, 1, 2); ties are rare and go to the first. */
    static int classOf(double[] row) {
        int best = 0;
        for (int c = 1; c < row.length; c++) {
            if (row[c] > row[best]) {
                best = c;
            }
        }
        return best;
    }

    static double valueOf(double[] row) {
        return 2 * row[0] - row[1] + 0.5 * row[2] + 1;
    }

    static MutableDataset<Label> classificationData(double[][] rows) {
        int[] classes = new int[rows.length];
        for (int r = 0; r < rows.length; r++) {
            classes[r] = classOf(rows[r]);
        }
        return classificationData(rows, classes);
    }

    /** Rows labelled with the given class ids rather than by {@link #classOf}. */
    static MutableDataset<Label> classificationData(double[][] rows, int[] classes) {
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("synthetic flowers", factory), factory);
        for (int r = 0; r < rows.length; r++) {
            data.add(new ArrayExample<>(new Label(CLASSES[classes[r]]), DATA_ORDER, rows[r]));
        }
        return data;
    }

    static MutableDataset<Regressor> regressionData(double[][] rows) {
        RegressionFactory factory = new RegressionFactory();
        MutableDataset<Regressor> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("synthetic line", factory), factory);
        for (double[] row : rows) {
            data.add(new ArrayExample<>(new Regressor("y", valueOf(row)), DATA_ORDER, row));
        }
        return data;
    }

    static Model<Label> logisticRegression() {
        return new LogisticRegressionTrainer().train(classificationData(rows(300, 1)));
    }

    static Model<Label> cart() {
        return new CARTClassificationTrainer(6).train(classificationData(rows(300, 2)));
    }

    static Model<Regressor> linearRegression() {
        return new LinearSGDTrainer(new SquaredLoss(), new AdaGrad(0.1), 20, 3L).train(regressionData(rows(300, 3)));
    }

    static Model<Regressor> regressionTree() {
        return new CARTRegressionTrainer(5).train(regressionData(rows(300, 4)));
    }

    static Path save(Model<?> model, Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        model.serializeToFile(file);
        return file;
    }
}
