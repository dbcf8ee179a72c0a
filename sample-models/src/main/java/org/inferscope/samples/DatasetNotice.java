package org.inferscope.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The text of {@code samples/NOTICE.md}: where each dataset comes from, under which licence, whom to
 * cite and what was changed, followed by the licence text that scikit-learn's BSD-3-Clause licence
 * asks every redistribution to carry.
 */
final class DatasetNotice {

    private static final String LICENCE_RESOURCE = "scikit-learn-BSD-3-Clause.txt";

    private static final Map<String, String> ORIGINS = Map.of(
            "iris", "Iris. R. A. Fisher, \"The use of multiple measurements in taxonomic problems\", Annals of "
                    + "Eugenics 7(2), 179-188 (1936). UCI Machine Learning Repository, https://doi.org/10.24432/C56C76.",
            "wine", "Wine. M. Forina et al., PARVUS - An Extendible Package for Data Exploration, Classification "
                    + "and Correlation, Institute of Pharmaceutical and Food Analysis and Technologies, Genoa (1988). "
                    + "UCI Machine Learning Repository, https://doi.org/10.24432/C5PC7J.",
            "breast-cancer", "Breast Cancer Wisconsin (Diagnostic). W. N. Street, W. H. Wolberg, O. L. Mangasarian, "
                    + "\"Nuclear feature extraction for breast tumor diagnosis\", IS&T/SPIE Electronic Imaging 1905, "
                    + "861-870 (1993). UCI Machine Learning Repository, https://doi.org/10.24432/C5DW2B.",
            "digits", "Optical Recognition of Handwritten Digits (scikit-learn's copy is the UCI test set, "
                    + "1,797 images of 8x8 pixels with values 0..16). E. Alpaydin, C. Kaynak (1998). UCI Machine "
                    + "Learning Repository, https://doi.org/10.24432/C50P49.",
            "diabetes", "Diabetes. B. Efron, T. Hastie, I. Johnstone, R. Tibshirani, \"Least Angle Regression\", "
                    + "Annals of Statistics 32(2), 407-499 (2004); data from "
                    + "https://www4.stat.ncsu.edu/~boos/var.select/diabetes.html. These are the raw, unscaled "
                    + "values (scikit-learn's diabetes_data_raw), not the scaled ones of load_diabetes().");

    private static final Map<String, String> LICENCES = Map.of(
            "iris", "the UCI repository lists it under CC BY 4.0",
            "wine", "the UCI repository lists it under CC BY 4.0",
            "breast-cancer", "the UCI repository lists it under CC BY 4.0",
            "digits", "the UCI repository lists it under CC BY 4.0",
            "diabetes", "the authors state no licence; scikit-learn redistributes it");

    String text(List<LabelledTable> tables, long seed, double testFraction) {
        StringBuilder md = new StringBuilder("# Sample datasets: sources, licences and changes\n\n");
        md.append("The CSV files in `datasets/` are public datasets, copied from scikit-learn's bundled data as the "
                + "Debian package python3-sklearn ships it (`sklearn/datasets/data/`). scikit-learn's copies are "
                + "distributed under the BSD-3-Clause licence reproduced at the end of this file. Please cite the "
                + "original authors named below when you use a dataset.\n\n");
        md.append("What InferScope changed, for every dataset: a header row of column names was added (scikit-learn's "
                + "feature names in snake_case, without units, then the target), class indices were replaced by "
                + "scikit-learn's class names, numbers are written in plain decimal notation (the same values), and "
                + "the rows were split into NAME-train.csv (80%) and NAME-test.csv (20%) with java.util.Random seed "
                + seed + ": classification splits are stratified by class (per class, in class order, "
                + "round(" + testFraction + " x rows) go to test); each file keeps the original row order. "
                + "The models in `models/` were trained by InferScope's own code on the train splits.\n\n");
        for (LabelledTable t : tables) {
            md.append("## ").append(t.name()).append("\n\n")
                    .append("- Origin and citation: ").append(ORIGINS.get(t.name())).append('\n')
                    .append("- Licence: BSD-3-Clause (scikit-learn's copy); ").append(LICENCES.get(t.name())).append(".\n")
                    .append("- Files: `datasets/").append(t.name()).append("-train.csv`, `datasets/").append(t.name())
                    .append("-test.csv`; ").append(t.rows()).append(" rows, ").append(t.featureNames().size())
                    .append(" features, target `").append(t.target()).append("`")
                    .append(t.classNames().isEmpty() ? " (a number)" : " (" + String.join(", ", t.classNames()) + ")")
                    .append(".\n\n");
        }
        md.append("## scikit-learn's licence (BSD-3-Clause)\n\n```\n").append(licence()).append("```\n");
        return md.toString();
    }

    private static String licence() {
        try (InputStream in = DatasetNotice.class.getResourceAsStream(LICENCE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + LICENCE_RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + LICENCE_RESOURCE, e);
        }
    }
}
