package org.inferscope.engine.api;

/**
 * Input scaling applied to every feature before inference: {@code x' = (x / divisor - mean) / std}.
 * {@link #NONE} leaves values as they are.
 */
public record Scaling(double divisor, double mean, double std) {

    public static final Scaling NONE = new Scaling(1, 0, 1);

    public Scaling {
        if (divisor == 0 || !Double.isFinite(divisor)) {
            throw new BadInputException("The scaling divisor must be a non-zero number, not " + divisor + ".");
        }
        if (std == 0 || !Double.isFinite(std)) {
            throw new BadInputException("The scaling standard deviation must be a non-zero number, not " + std + ".");
        }
        if (!Double.isFinite(mean)) {
            throw new BadInputException("The scaling mean must be a finite number, not " + mean + ".");
        }
    }

    public boolean isIdentity() {
        return divisor == 1 && mean == 0 && std == 1;
    }

    public float apply(float x) {
        return (float) ((x / divisor - mean) / std);
    }
}
