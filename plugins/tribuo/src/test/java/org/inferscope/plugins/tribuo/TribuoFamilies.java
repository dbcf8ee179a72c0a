package org.inferscope.plugins.tribuo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.ensemble.AdaBoostTrainer;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.libsvm.LibSVMClassificationTrainer;
import org.tribuo.classification.libsvm.SVMClassificationType;
import org.tribuo.classification.sgd.fm.FMClassificationTrainer;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.classification.sgd.objectives.Hinge;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.ensemble.BaggingTrainer;
import org.tribuo.common.libsvm.KernelType;
import org.tribuo.common.libsvm.SVMParameters;
import org.tribuo.common.nearest.KNNModel;
import org.tribuo.common.nearest.KNNTrainer;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.ensemble.AveragingCombiner;
import org.tribuo.regression.liblinear.LibLinearRegressionTrainer;
import org.tribuo.regression.libsvm.LibSVMRegressionTrainer;
import org.tribuo.regression.libsvm.SVMRegressionType;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.sgd.fm.FMRegressionTrainer;
import org.tribuo.regression.sgd.objectives.SquaredLoss;
import org.tribuo.regression.slm.LARSTrainer;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;

/** One small real model of every Tribuo classification and regression family, trained on the tiny data. */
final class TribuoFamilies {
    /** Classification families Tribuo exports to ONNX. */
    static final java.util.Set<String> EXPORTABLE = java.util.Set.of("logistic", "linear-hinge", "fm", "liblinear",
            "libsvm", "bagged-logistic", "linear-regression", "fm-regression", "liblinear-regression",
            "libsvm-regression", "lars");

    private TribuoFamilies() {
    }

    /** Classifiers by short name; XGBoost only where {@code withXGBoost}. */
    static Map<String, Supplier<Model<Label>>> classifiers(boolean withXGBoost) {
        var data = TinyTribuoModels.classificationData(TinyTribuoModels.rows(240, 31));
        Map<String, Supplier<Model<Label>>> m = new LinkedHashMap<>();
        m.put("logistic", () -> new LogisticRegressionTrainer().train(data));
        m.put("linear-hinge", () -> new LinearSGDTrainer(new Hinge(), new AdaGrad(0.1), 10, 7L).train(data));
        m.put("fm", () -> new FMClassificationTrainer(new org.tribuo.classification.sgd.objectives.LogMulticlass(),
                new AdaGrad(0.1), 10, 7L, 3, 0.1).train(data));
        m.put("liblinear", () -> new LibLinearClassificationTrainer().train(data));
        m.put("libsvm", () -> new LibSVMClassificationTrainer(new SVMParameters<>(
                new SVMClassificationType(SVMClassificationType.SVMMode.C_SVC), KernelType.RBF), 7L).train(data));
        m.put("cart", () -> new CARTClassificationTrainer(5).train(data));
        m.put("random-forest", () -> new RandomForestTrainer<>(new CARTClassificationTrainer(5, 0.7f, 7L),
                new VotingCombiner(), 8, 7L).train(data));
        m.put("adaboost-cart", () -> new AdaBoostTrainer(new CARTClassificationTrainer(2), 5, 7L).train(data));
        m.put("bagged-logistic", () -> new BaggingTrainer<>(new LogisticRegressionTrainer(), new VotingCombiner(), 3, 7L)
                .train(data));
        m.put("knn", () -> new KNNTrainer<>(5, KNNTrainer.Distance.L2, 1, new VotingCombiner(),
                KNNModel.Backend.STREAMS).train(data));
        if (withXGBoost) {
            m.put("xgboost", () -> new XGBoostClassificationTrainer(10).train(data));
        }
        return m;
    }

    /** Regressors by short name; XGBoost only where {@code withXGBoost}. */
    static Map<String, Supplier<Model<Regressor>>> regressors(boolean withXGBoost) {
        var data = TinyTribuoModels.regressionData(TinyTribuoModels.rows(240, 32));
        Map<String, Supplier<Model<Regressor>>> m = new LinkedHashMap<>();
        m.put("linear-regression", () -> new org.tribuo.regression.sgd.linear.LinearSGDTrainer(new SquaredLoss(),
                new AdaGrad(0.1), 10, 7L).train(data));
        m.put("fm-regression", () -> new FMRegressionTrainer(new SquaredLoss(), new AdaGrad(0.1), 10, 7L, 3, 0.1,
                false).train(data));
        m.put("liblinear-regression", () -> new LibLinearRegressionTrainer().train(data));
        m.put("libsvm-regression", () -> new LibSVMRegressionTrainer(new SVMParameters<>(
                new SVMRegressionType(SVMRegressionType.SVMMode.EPSILON_SVR), KernelType.RBF), false, 7L).train(data));
        m.put("lars", () -> new LARSTrainer().train(data));
        m.put("cart-regression", () -> new CARTRegressionTrainer(5).train(data));
        m.put("forest-regression", () -> new RandomForestTrainer<>(new CARTRegressionTrainer(5, 5f, 0f, 0.7f,
                new org.tribuo.regression.rtree.impurity.MeanSquaredError(), 7L),
                new AveragingCombiner(), 6, 7L).train(data));
        m.put("knn-regression", () -> new KNNTrainer<>(5, KNNTrainer.Distance.L2, 1, new AveragingCombiner(),
                KNNModel.Backend.STREAMS).train(data));
        if (withXGBoost) {
            m.put("xgboost-regression", () -> new XGBoostRegressionTrainer(10).train(data));
        }
        return m;
    }
}
