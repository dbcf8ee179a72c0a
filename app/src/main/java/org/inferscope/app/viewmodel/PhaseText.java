package org.inferscope.app.viewmodel;

import org.inferscope.engine.bench.Phase;

/** What each phase is called on screen and how much of the progress bar it fills. */
final class PhaseText {
    private static final double[] START = {0, 0.05, 0.15, 0.25, 0.45, 0.75, 1};

    private PhaseText() {
    }

    static String of(Phase p) {
        return switch (p) {
            case LOADING -> "Loading the model";
            case TRANSFORM -> "Making the variant";
            case REFERENCE -> "Scoring the original for fidelity";
            case QUALITY -> "Scoring every row";
            case LATENCY -> "Measuring single-row latency";
            case THROUGHPUT -> "Measuring throughput per batch size";
            case DONE -> "Done";
        };
    }

    static double start(Phase p) {
        return START[p.ordinal()];
    }

    static double weight(Phase p) {
        return p == Phase.DONE ? 0 : START[p.ordinal() + 1] - START[p.ordinal()];
    }
}
