package org.inferscope.engine.robustness;

import java.util.Locale;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Dataset;
import org.inferscope.engine.api.FeatureMatrix;

/**
 * A seeded change to a dataset's features, applied before the model's input scaling.
 *
 * @param kind noise or dropout
 * @param level noise: standard deviation as a multiple of each feature's own standard deviation;
 *              dropout: probability that a cell is set to 0, as dropout does
 */
public record Perturbation(Kind kind, double level) {

    public enum Kind {
        GAUSSIAN_NOISE, FEATURE_DROPOUT
    }

    public Perturbation {
        if (!(level >= 0) || (kind == Kind.FEATURE_DROPOUT && level > 1)) {
            throw new BadInputException("A perturbation level must be >= 0 (dropout: at most 1), not " + level + ".");
        }
    }

    public String label() {
        return kind == Kind.GAUSSIAN_NOISE ? String.format(Locale.ROOT, "noise %.2f sd", level)
                : String.format(Locale.ROOT, "dropout %.0f%%", level * 100);
    }

    /** A perturbed copy of the dataset; the target and names are kept. */
    public Dataset apply(Dataset data, long seed) {
        FeatureMatrix f = data.features();
        float[] values = f.values().clone();
        RandomGenerator random = new Well19937c(seed);
        if (kind == Kind.GAUSSIAN_NOISE) {
            double[] sd = standardDeviations(f);
            for (int i = 0; i < values.length; i++) {
                values[i] += (float) (random.nextGaussian() * level * sd[i % f.columns()]);
            }
        } else {
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextDouble() < level ? 0f : values[i];
            }
        }
        return new Dataset(data.name(), data.source(), data.format(), data.featureNames(),
                new FeatureMatrix(f.rows(), f.columns(), values), data.target(), data.missing());
    }

    static double[] standardDeviations(FeatureMatrix f) {
        double[] sd = new double[f.columns()];
        for (int c = 0; c < f.columns(); c++) {
            org.apache.commons.math3.stat.descriptive.moment.StandardDeviation s =
                    new org.apache.commons.math3.stat.descriptive.moment.StandardDeviation(false);
            for (int r = 0; r < f.rows(); r++) {
                s.increment(f.get(r, c));
            }
            sd[c] = s.getResult();
        }
        return sd;
    }
}
