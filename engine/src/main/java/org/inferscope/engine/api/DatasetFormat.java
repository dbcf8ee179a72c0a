package org.inferscope.engine.api;

/** The dataset file formats the engine reads. */
public enum DatasetFormat {
    CSV, TSV, ARFF, LIBSVM, IDX
}
