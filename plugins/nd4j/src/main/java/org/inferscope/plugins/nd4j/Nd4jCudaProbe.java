package org.inferscope.plugins.nd4j;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Finds out whether ND4J can run on CUDA here, checking rather than trusting: the CUDA backend
 * ({@code nd4j-cuda-11.6}) must be in this build, an NVIDIA driver must be installed, and only then is
 * ND4J started to see which backend it actually chose. The cheap checks come first so that the default,
 * CPU-only build never loads native code just to list its devices.
 */
final class Nd4jCudaProbe {

    static final String DRIVER_LIBRARY = "libcuda.so.1";
    static final String CUDA_BACKEND_RESOURCE = "org/nd4j/linalg/jcublas/JCublasBackend.class";
    private static final List<String> STANDARD_LIB_DIRS = List.of(
            "/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/local/nvidia/lib64", "/usr/lib/wsl/lib");

    private final List<Path> libraryDirs;
    private final List<Path> executableDirs;
    private final BooleanSupplier cudaBackendInBuild;

    Nd4jCudaProbe(List<Path> libraryDirs, List<Path> executableDirs, BooleanSupplier cudaBackendInBuild) {
        this.libraryDirs = List.copyOf(libraryDirs);
        this.executableDirs = List.copyOf(executableDirs);
        this.cudaBackendInBuild = cudaBackendInBuild;
    }

    /** The probe for this machine: standard library folders + LD_LIBRARY_PATH, PATH, this class path. */
    static Nd4jCudaProbe forThisMachine(ClassLoader loader) {
        List<Path> libs = new ArrayList<>();
        STANDARD_LIB_DIRS.forEach(d -> libs.add(Path.of(d)));
        libs.addAll(pathList(System.getenv("LD_LIBRARY_PATH")));
        return new Nd4jCudaProbe(libs, pathList(System.getenv("PATH")),
                () -> loader.getResource(CUDA_BACKEND_RESOURCE) != null);
    }

    /** The checks that need no native code: empty when both pass, else the sentence naming what is missing. */
    Optional<String> missingPrerequisites() {
        List<String> failures = new ArrayList<>();
        if (!cudaBackendInBuild.getAsBoolean()) {
            failures.add("this build has ND4J's CPU backend only; install the GPU edition, built with"
                    + " ./mvnw -Pgpu, which adds nd4j-cuda-11.6 (docs/gpu.md)");
        }
        if (!driverFound()) {
            failures.add("no NVIDIA driver found (" + DRIVER_LIBRARY + " is not in "
                    + libraryDirs.stream().map(Path::toString).collect(Collectors.joining(", "))
                    + ", and nvidia-smi is not on PATH)");
        }
        return failures.isEmpty() ? Optional.empty() : Optional.of("CUDA: " + String.join(" — and ", failures));
    }

    /**
     * Empty when ND4J runs on CUDA in this program; else why not. Starts ND4J when the cheap checks pass,
     * which fixes its backend for the life of the program.
     */
    Optional<String> unavailableReason(Nd4jRuntime runtime) {
        Optional<String> missing = missingPrerequisites();
        if (missing.isPresent()) {
            return missing;
        }
        if (!runtime.start()) {
            return Optional.of("CUDA: " + runtime.failure().orElse("ND4J did not start"));
        }
        if (runtime.usesCuda()) {
            return Optional.empty();
        }
        return Optional.of("CUDA: ND4J started its " + runtime.backendName() + " in this program instead: its CUDA"
                + " backend did not load (CUDA 11.6 and cuDNN 8.3 must be installed) or BACKEND_PRIORITY_CPU"
                + " outranks BACKEND_PRIORITY_GPU; ND4J picks one backend per program run, so fix that and"
                + " restart (docs/gpu.md)");
    }

    boolean driverFound() {
        boolean library = libraryDirs.stream().anyMatch(d -> Files.exists(d.resolve(DRIVER_LIBRARY)));
        boolean smi = executableDirs.stream().anyMatch(d -> Files.isExecutable(d.resolve("nvidia-smi")));
        return library || smi;
    }

    private static List<Path> pathList(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<Path> dirs = new ArrayList<>();
        for (String part : value.split(File.pathSeparator)) {
            if (!part.isBlank()) {
                dirs.add(Path.of(part));
            }
        }
        return dirs;
    }
}
