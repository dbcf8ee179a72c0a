package org.inferscope.engine.api;

import java.util.List;
import java.util.Map;

/**
 * Where and how a run was made, so that two runs can be compared and one reproduced.
 *
 * @param inferscopeVersion this engine's version
 * @param modelSha256 SHA-256 of the model file
 * @param datasetSha256 SHA-256 of the dataset file (for IDX: the images file)
 * @param backend the backend's display name
 * @param backendVersion the backend library's version
 * @param device the device's qualified id
 * @param jvm vendor, name and version of the JVM
 * @param os name, version and architecture
 * @param cpuModel the processor's model name
 * @param cpuFlags instruction-set features relevant to inference (avx2, avx512f, avx512_vnni, amx...)
 * @param logicalCpus processors the JVM sees
 * @param settings every setting of the run, by name
 * @param seed the run's seed
 * @param startedAt ISO-8601 instant the run started
 */
public record Provenance(String inferscopeVersion, String modelSha256, String datasetSha256, String backend, String backendVersion, String device,
                         String jvm, String os, String cpuModel, List<String> cpuFlags, int logicalCpus,
                         Map<String, String> settings, long seed, String startedAt) {
}
