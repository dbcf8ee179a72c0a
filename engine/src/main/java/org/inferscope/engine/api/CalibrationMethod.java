package org.inferscope.engine.api;

/** How INT8 static quantization picks each activation's range from the calibration rows. */
public enum CalibrationMethod {
    /** The smallest and largest value seen. */
    MIN_MAX,
    /** The given percentile of absolute values, which ignores rare outliers. */
    PERCENTILE
}
