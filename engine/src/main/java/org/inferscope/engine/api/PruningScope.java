package org.inferscope.engine.api;

/** Whether magnitude pruning ranks weights within each layer or across all layers at once. */
public enum PruningScope {
    PER_LAYER, GLOBAL
}
