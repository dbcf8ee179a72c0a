package org.inferscope.engine.resources;

/**
 * Energy per 1,000 inferences, or why it could not be measured.
 *
 * @param measured whether the counters were read
 * @param joulesPer1000 joules per 1,000 rows inferred, summed over the CPU packages; null when not measured
 * @param inferences rows inferred in the measured window
 * @param reason when not measured, one sentence saying why; else what was measured
 */
public record EnergyReading(boolean measured, Double joulesPer1000, long inferences, String reason) {

    public static EnergyReading notMeasurable(String reason) {
        return new EnergyReading(false, null, 0, reason);
    }
}
