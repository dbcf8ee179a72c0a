package org.inferscope.engine.binding;

/** What a model's output holds, as far as its values tell; shown to the user, never relied on for argmax. */
public enum ScoreKind {
    /** Each row lies in [0, 1] and sums to 1. */
    PROBABILITIES,
    /** Every value is at most 0 and the exponentials of a row sum to 1. */
    LOG_PROBABILITIES,
    /** Anything else: raw scores. */
    LOGITS,
    /** The model outputs the predicted label itself. */
    LABELS,
    /** A regression value. */
    VALUES
}
