package org.inferscope.plugins.nd4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether this processor can run the ND4J natives this build ships, decided before any native code
 * loads: the AVX2 build of libnd4jcpu dies on an illegal instruction on a CPU without AVX2, so the
 * CPU device is marked unavailable instead, with the way to the generic build.
 *
 * @param flags the processor's instruction-set flags (lower case), empty when they cannot be read
 * @param flagsKnown whether the flags could be read at all (not on macOS or Windows)
 * @param avx2Natives whether the AVX2 natives are on the class path
 * @param genericNatives whether the generic x86-64 natives are on the class path
 */
record CpuInstructions(Set<String> flags, boolean flagsKnown, boolean avx2Natives, boolean genericNatives) {

    static final String NATIVES = "org/nd4j/linalg/cpu/nativecpu/bindings/";
    static final String AVX2_PLATFORM = "linux-x86_64-avx2";
    static final String GENERIC_PLATFORM = "linux-x86_64";

    /** This machine's flags (from /proc/cpuinfo) and the natives on this class loader. */
    static CpuInstructions detect(ClassLoader loader) {
        Optional<Set<String>> flags = readFlags(Path.of("/proc/cpuinfo"));
        return new CpuInstructions(flags.orElse(Set.of()), flags.isPresent(),
                hasNatives(loader, AVX2_PLATFORM), hasNatives(loader, GENERIC_PLATFORM));
    }

    static boolean hasNatives(ClassLoader loader, String platform) {
        return loader.getResource(NATIVES + platform + "/libjnind4jcpu.so") != null;
    }

    static Optional<Set<String>> readFlags(Path cpuinfo) {
        try {
            return Files.readAllLines(cpuinfo).stream()
                    .filter(l -> l.startsWith("flags") && l.contains(":"))
                    .findFirst()
                    .map(l -> Arrays.stream(l.substring(l.indexOf(':') + 1).trim().split("\\s+"))
                            .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** "AVX2" or "generic x86-64": which natives ND4J will load here. */
    String label() {
        return avx2Natives && canRunAvx2() ? "AVX2" : "generic x86-64";
    }

    /** True when the flags show AVX2, or cannot be read (then ND4J's own check decides at load). */
    boolean canRunAvx2() {
        return !flagsKnown || flags.contains("avx2");
    }

    /** Empty when ND4J's CPU natives can run here; else one sentence saying why not and what to do. */
    Optional<String> unavailableReason() {
        if (!avx2Natives && !genericNatives) {
            return Optional.of("ND4J's native CPU library for linux-x86_64 is not in this build;"
                    + " InferScope's ND4J plugin runs on Linux x86-64 only (docs/gpu.md)");
        }
        if (!genericNatives && !canRunAvx2()) {
            return Optional.of("this processor has no AVX2 and this build ships only ND4J's AVX2 natives;"
                    + " build the generic edition with ./mvnw -Pnd4j-generic (docs/gpu.md)");
        }
        return Optional.empty();
    }
}
