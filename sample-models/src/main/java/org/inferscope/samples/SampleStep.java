package org.inferscope.samples;

/** One part of the samples, made from scratch each time with fixed seeds. */
public interface SampleStep {

    /** A short name for progress output ("datasets", "tribuo models"). */
    String name();

    /** Writes this step's files under the layout's root. */
    void run(SamplesLayout layout) throws Exception;
}
