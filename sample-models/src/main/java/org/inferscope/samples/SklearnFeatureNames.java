package org.inferscope.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * scikit-learn's feature names for its bundled datasets, in scikit-learn's column order, written in
 * snake_case without units ("sepal length (cm)" becomes {@code sepal_length}).
 */
final class SklearnFeatureNames {

    static final List<String> IRIS = List.of("sepal_length", "sepal_width", "petal_length", "petal_width");

    /** scikit-learn's {@code od280/od315_of_diluted_wines} becomes {@code od280_od315_of_diluted_wines}. */
    static final List<String> WINE = List.of("alcohol", "malic_acid", "ash", "alcalinity_of_ash", "magnesium",
            "total_phenols", "flavanoids", "nonflavanoid_phenols", "proanthocyanins", "color_intensity", "hue",
            "od280_od315_of_diluted_wines", "proline");

    static final List<String> DIABETES = List.of("age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6");

    private static final List<String> CELL_NUCLEUS = List.of("radius", "texture", "perimeter", "area",
            "smoothness", "compactness", "concavity", "concave_points", "symmetry", "fractal_dimension");

    private SklearnFeatureNames() {
    }

    /** mean_radius .. mean_fractal_dimension, radius_error .., worst_radius .., as scikit-learn orders them. */
    static List<String> breastCancer() {
        List<String> names = new ArrayList<>();
        CELL_NUCLEUS.forEach(n -> names.add("mean_" + n));
        CELL_NUCLEUS.forEach(n -> names.add(n + "_error"));
        CELL_NUCLEUS.forEach(n -> names.add("worst_" + n));
        return List.copyOf(names);
    }

    /** pixel_ROW_COLUMN for the 8x8 image, row by row, as scikit-learn names them. */
    static List<String> digits() {
        List<String> names = new ArrayList<>();
        for (int row = 0; row < 8; row++) {
            for (int column = 0; column < 8; column++) {
                names.add("pixel_" + row + "_" + column);
            }
        }
        return List.copyOf(names);
    }
}
