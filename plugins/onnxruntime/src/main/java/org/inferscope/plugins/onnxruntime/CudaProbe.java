package org.inferscope.plugins.onnxruntime;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Finds out whether ONNX Runtime's CUDA execution provider can run here, by checking instead of
 * trusting {@code getAvailableProviders()} (which lists what was compiled in, not what works):
 * the jar must be the GPU edition, an NVIDIA driver must be installed, and ORT must accept
 * {@code addCUDA(0)}. The reason names exactly the checks that failed.
 */
final class CudaProbe {

    static final String DRIVER_LIBRARY = "libcuda.so.1";
    private static final List<String> STANDARD_LIB_DIRS = List.of(
            "/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/local/nvidia/lib64", "/usr/lib/wsl/lib");

    private final List<Path> libraryDirs;
    private final List<Path> executableDirs;
    private final BooleanSupplier gpuEdition;

    CudaProbe(List<Path> libraryDirs, List<Path> executableDirs, BooleanSupplier gpuEdition) {
        this.libraryDirs = List.copyOf(libraryDirs);
        this.executableDirs = List.copyOf(executableDirs);
        this.gpuEdition = gpuEdition;
    }

    /** The probe for this machine: standard lib dirs + LD_LIBRARY_PATH, PATH, the ORT jar on the classpath. */
    static CudaProbe forThisMachine() {
        List<Path> libs = new ArrayList<>();
        STANDARD_LIB_DIRS.forEach(d -> libs.add(Path.of(d)));
        libs.addAll(pathList(System.getenv("LD_LIBRARY_PATH")));
        return new CudaProbe(libs, pathList(System.getenv("PATH")), CudaProbe::classpathHasCudaProvider);
    }

    /** Empty when CUDA device 0 can be used; else one sentence saying which checks failed. */
    Optional<String> unavailableReason() {
        List<String> failures = new ArrayList<>();
        boolean edition = gpuEdition.getAsBoolean();
        if (!edition) {
            failures.add("this build has the CPU-only ONNX Runtime; install the GPU edition (docs/gpu.md)");
        }
        boolean driver = driverFound();
        if (!driver) {
            failures.add("no NVIDIA driver found (" + DRIVER_LIBRARY + " is not in "
                    + libraryDirs.stream().map(Path::toString).collect(Collectors.joining(", "))
                    + ", and nvidia-smi is not on PATH)");
        }
        if (edition && driver) {
            tryAddCuda().ifPresent(failures::add);
        }
        return failures.isEmpty() ? Optional.empty()
                : Optional.of("CUDA: " + String.join(" — and ", failures));
    }

    boolean driverFound() {
        boolean library = libraryDirs.stream().anyMatch(d -> Files.exists(d.resolve(DRIVER_LIBRARY)));
        boolean smi = executableDirs.stream().anyMatch(d -> Files.isExecutable(d.resolve("nvidia-smi")));
        return library || smi;
    }

    private static Optional<String> tryAddCuda() {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.addCUDA(0);
            return Optional.empty();
        } catch (OrtException | RuntimeException | LinkageError e) {
            return Optional.of("ONNX Runtime could not start its CUDA provider ("
                    + OrtMessages.shorten(e) + "); CUDA 12 and cuDNN 9 must be installed");
        }
    }

    /** The GPU edition ships the CUDA provider library beside the native runtime. */
    static boolean classpathHasCudaProvider() {
        String lib = System.mapLibraryName("onnxruntime_providers_cuda");
        String nativePath = System.getProperty("onnxruntime.native.path");
        if (nativePath != null && Files.exists(Path.of(nativePath, lib))) {
            return true;
        }
        ClassLoader loader = CudaProbe.class.getClassLoader();
        return List.of("linux-x64", "win-x64", "linux-aarch64").stream()
                .anyMatch(p -> loader.getResource("ai/onnxruntime/native/" + p + "/" + lib) != null);
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
