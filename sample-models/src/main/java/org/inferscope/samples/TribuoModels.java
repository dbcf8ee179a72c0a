package org.inferscope.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/** What a trained Tribuo model expects and what it predicts on a test split. */
final class TribuoModels {

    private TribuoModels() {
    }

    /**
     * Feature names by feature id: the column order of Tribuo's ONNX export. Tribuo numbers features in
     * the sorted order of their names, which is not the CSV's column order.
     */
    static List<String> featureOrder(Model<?> model) {
        ImmutableFeatureMap map = model.getFeatureIDMap();
        List<String> names = new ArrayList<>();
        for (int id = 0; id < map.size(); id++) {
            names.add(map.get(id).getName());
        }
        return names;
    }

    /** Class names by output id: the order of the score columns of the ONNX export. */
    static List<String> classOrder(Model<Label> model) {
        ImmutableOutputInfo<Label> info = model.getOutputIDInfo();
        List<String> names = new ArrayList<>();
        for (int id = 0; id < info.size(); id++) {
            names.add(info.getOutput(id).getLabel());
        }
        return names;
    }

    /** Accuracy and macro-F1 of the model's own predictions, on the features as 32-bit floats. */
    static Map<String, Double> classificationMetrics(Model<Label> model, Dataset<Label> test, List<String> classNames) {
        List<String> truth = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (Prediction<Label> p : model.predict(TribuoSplits.asFloat32(test))) {
            truth.add(p.getExample().getOutput().getLabel());
            predicted.add(p.getOutput().getLabel());
        }
        return TestMetrics.classification(truth, predicted, classNames);
    }

    /** MSE, RMSE, MAE and R² of the model's own predictions of its single output, on 32-bit float features. */
    static Map<String, Double> regressionMetrics(Model<Regressor> model, Dataset<Regressor> test) {
        return TestMetrics.regression(truth(test), predictions(model, TribuoSplits.asFloat32(test)));
    }

    static double[] predictions(Model<Regressor> model, Dataset<Regressor> test) {
        return model.predict(test).stream().mapToDouble(p -> p.getOutput().getValues()[0]).toArray();
    }

    private static double[] truth(Dataset<Regressor> test) {
        double[] values = new double[test.size()];
        int i = 0;
        for (Example<Regressor> e : test) {
            values[i++] = e.getOutput().getValues()[0];
        }
        return values;
    }
}
