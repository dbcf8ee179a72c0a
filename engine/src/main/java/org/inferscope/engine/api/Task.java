package org.inferscope.engine.api;

/** What a model predicts: a class or a number. */
public enum Task {
    CLASSIFICATION,
    REGRESSION
}
