package org.inferscope.engine.api;

import java.util.List;

/**
 * The immutable result of one evaluation run. Written as schema-versioned JSON; the field names
 * are part of the command line's interface.
 *
 * @param schemaVersion version of this shape; bump on any incompatible change
 * @param model the model
 * @param dataset the dataset
 * @param quality accuracy or error over every row
 * @param latency single-row latency, or null when {@link RunMode#ONLINE} was not run
 * @param throughput one point per batch size, empty when {@link RunMode#BATCH} was not run
 * @param memory peak memory
 * @param notes things the user should know about how the run went ("fixed batch of 1...")
 * @param provenance where, when and how
 * @param transform what was done to the model before measuring, or null for the original
 * @param fidelity how closely the variant follows the original on the same rows, or null for the original
 */
public record RunResult(int schemaVersion, ModelSummary model, DatasetSummary dataset, Quality quality,
                        LatencySummary latency, List<ThroughputPoint> throughput, MemoryUsage memory,
                        List<String> notes, Provenance provenance, TransformReport transform, Fidelity fidelity) {

    public static final int SCHEMA_VERSION = 1;

    /** A result of the original model. */
    public RunResult(int schemaVersion, ModelSummary model, DatasetSummary dataset, Quality quality,
                     LatencySummary latency, List<ThroughputPoint> throughput, MemoryUsage memory,
                     List<String> notes, Provenance provenance) {
        this(schemaVersion, model, dataset, quality, latency, throughput, memory, notes, provenance, null, null);
    }

    public RunResult {
        throughput = List.copyOf(throughput);
        notes = List.copyOf(notes);
    }
}
