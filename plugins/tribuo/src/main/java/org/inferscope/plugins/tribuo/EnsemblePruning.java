package org.inferscope.plugins.tribuo;

import com.google.protobuf.InvalidProtocolBufferException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.LayerChange;
import org.inferscope.engine.api.TransformReport;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.spi.CalibrationData;
import org.inferscope.engine.spi.InputBatch;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Output;
import org.tribuo.Prediction;
import org.tribuo.ensemble.EnsembleCombiner;
import org.tribuo.ensemble.WeightedEnsembleModel;
import org.tribuo.protos.core.WeightedEnsembleModelProto;

/**
 * Prunes a Tribuo ensemble (random forest, bagging, AdaBoost) to its k best members, k being
 * {@code (1 - sparsity)} of them. "Best" is agreement with the whole ensemble on the calibration rows:
 * the members that most often predict what the ensemble predicts (for regression, the smallest mean
 * squared difference). The kept members keep their weights and the ensemble's combiner.
 */
final class EnsemblePruning {

    private EnsemblePruning() {
    }

    static <T extends Output<T>> TransformReport prune(TribuoModel tribuo, WeightedEnsembleModel<T> ensemble,
                                                       TransformSpec spec, CalibrationData calibration,
                                                       long originalBytes, Path target) {
        List<Model<T>> members = ensemble.getModels();
        int total = members.size();
        int keep = Math.max(1, (int) Math.round(total * (1 - spec.sparsity())));
        WeightedEnsembleModelProto proto = protoOf(ensemble, tribuo.fileName());
        List<String> notes = new ArrayList<>();
        double[] agreement = agreement(tribuo, ensemble, calibration);
        if (agreement == null) {
            notes.add("no rows to rank the members on: kept the first " + keep + " in training order");
            agreement = new double[total];
        } else {
            notes.add("members ranked by agreement with the whole ensemble on " + calibration.rows() + " rows");
        }
        double[] score = agreement;
        int[] kept = IntStream.range(0, total).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -score[i]).thenComparingInt(i -> i))
                .limit(keep).mapToInt(Integer::intValue).sorted().toArray();
        List<Model<T>> keptModels = new ArrayList<>();
        float[] weights = new float[kept.length];
        for (int i = 0; i < kept.length; i++) {
            keptModels.add(members.get(kept[i]));
            weights[i] = proto.getWeights(kept[i]);
        }
        @SuppressWarnings("unchecked")
        EnsembleCombiner<T> combiner = (EnsembleCombiner<T>) EnsembleCombiner.deserialize(proto.getCombiner());
        WeightedEnsembleModel<T> pruned = WeightedEnsembleModel.createEnsembleFromExistingModels(
                ensemble.getName() + "-pruned", keptModels, combiner, weights);
        byte[] bytes = pruned.serialize().toByteArray();
        VariantFiles.write(bytes, target);
        LayerChange change = new LayerChange("ensemble", ensemble.getClass().getSimpleName(),
                "kept " + kept.length + " of " + total + " members", total, kept.length, 0);
        return new TransformReport(spec, "Tribuo ensemble pruned to its " + kept.length + " best of " + total
                + " members", List.of(change), List.of(), originalBytes, bytes.length, VariantFiles.gzipSize(bytes),
                0, notes);
    }

    private static WeightedEnsembleModelProto protoOf(WeightedEnsembleModel<?> ensemble, String fileName) {
        try {
            return ensemble.serialize().getSerializedData().unpack(WeightedEnsembleModelProto.class);
        } catch (InvalidProtocolBufferException e) {
            throw new BadInputException(fileName + "'s ensemble could not be read back (" + Messages.shorten(e)
                    + "): save it again with Model.serializeToFile.", e);
        }
    }

    /** Per member, how closely it follows the whole ensemble on the rows; null without rows. */
    private static <T extends Output<T>> double[] agreement(TribuoModel tribuo, WeightedEnsembleModel<T> ensemble,
                                                            CalibrationData calibration) {
        if (calibration == null || calibration.rows() == 0) {
            return null;
        }
        String[] names = tribuo.featureNames();
        InputBatch batch = new InputBatch(calibration.values(), 0, new long[] {calibration.rows(), names.length},
                calibration.rows());
        @SuppressWarnings("unchecked")
        T unknown = (T) (tribuo.task() == OutputTask.CLASSIFICATION ? LabelScores.UNKNOWN : RegressionValues.UNKNOWN);
        List<Example<T>> examples = new RowExamples(names, tribuo.fileName()).forOutput(unknown).of(batch);
        List<Prediction<T>> whole = ensemble.predict(examples);
        List<Model<T>> members = ensemble.getModels();
        double[] score = new double[members.size()];
        for (int m = 0; m < score.length; m++) {
            List<Prediction<T>> own = members.get(m).predict(examples);
            score[m] = tribuo.task() == OutputTask.CLASSIFICATION ? sameLabel(whole, own) : -meanSquaredGap(whole, own);
        }
        return score;
    }

    private static <T extends Output<T>> double sameLabel(List<Prediction<T>> a, List<Prediction<T>> b) {
        int same = 0;
        for (int r = 0; r < a.size(); r++) {
            same += a.get(r).getOutput().getSerializableForm(false)
                    .equals(b.get(r).getOutput().getSerializableForm(false)) ? 1 : 0;
        }
        return same / (double) a.size();
    }

    private static <T extends Output<T>> double meanSquaredGap(List<Prediction<T>> a, List<Prediction<T>> b) {
        double sum = 0;
        for (int r = 0; r < a.size(); r++) {
            double d = RegressionValues.valueOf(a.get(r).getOutput()) - RegressionValues.valueOf(b.get(r).getOutput());
            sum += d * d;
        }
        return sum / a.size();
    }
}
