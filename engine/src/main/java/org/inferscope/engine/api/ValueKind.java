package org.inferscope.engine.api;

/** The shape of a model input or output value: a tensor, a sequence (of maps, say) or a map. */
public enum ValueKind {
    TENSOR, SEQUENCE, MAP, OPTIONAL, UNKNOWN
}
