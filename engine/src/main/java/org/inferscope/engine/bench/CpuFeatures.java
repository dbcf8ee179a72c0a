package org.inferscope.engine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The processor's model and the instruction-set features that decide how fast inference runs, in
 * particular whether INT8 has dot-product instructions to gain from (VNNI, AMX, Arm dot product).
 *
 * @param model the processor's model name, or "unknown"
 * @param flags the relevant features present, in the order of {@link #X86_FLAGS} or {@link #ARM_FLAGS}
 * @param architecture the JVM's os.arch
 */
public record CpuFeatures(String model, List<String> flags, String architecture) {

    /** x86 features that matter to inference kernels. */
    public static final List<String> X86_FLAGS = List.of("sse4_2", "avx", "avx2", "fma", "f16c", "avx512f",
            "avx512bw", "avx512_vnni", "avx_vnni", "amx_tile", "amx_int8");
    /** Arm features that matter to inference kernels (the "Features" line of /proc/cpuinfo). */
    public static final List<String> ARM_FLAGS = List.of("asimd", "asimddp", "i8mm", "bf16", "sve");
    private static final List<String> INT8_DOT_PRODUCT = List.of("avx512_vnni", "avx_vnni", "amx_int8", "asimddp",
            "i8mm");

    public CpuFeatures {
        flags = List.copyOf(flags);
    }

    /** Reads /proc/cpuinfo on Linux; elsewhere knows only the architecture. */
    public static CpuFeatures detect() {
        String arch = System.getProperty("os.arch", "unknown");
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try {
                return parse(Files.readString(cpuinfo), arch);
            } catch (IOException | RuntimeException e) {
                return new CpuFeatures("unknown", List.of(), arch);
            }
        }
        String model = System.getenv("PROCESSOR_IDENTIFIER");
        return new CpuFeatures(model == null ? "unknown" : model, List.of(), arch);
    }

    /** Parses the text of /proc/cpuinfo; only the first processor's block is read. */
    public static CpuFeatures parse(String cpuinfo, String architecture) {
        String model = null;
        String flagLine = "";
        String implementer = null;
        String part = null;
        for (String line : cpuinfo.split("\n")) {
            if (line.isBlank() && (model != null || !flagLine.isEmpty())) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (key) {
                case "model name", "hardware", "cpu model" -> model = model == null ? value : model;
                case "flags", "features" -> flagLine = value;
                case "cpu implementer" -> implementer = value;
                case "cpu part" -> part = value;
                default -> { }
            }
        }
        if (model == null) {
            model = implementer != null ? "implementer " + implementer + " part " + part : "unknown";
        }
        return new CpuFeatures(model, relevant(flagLine), architecture);
    }

    private static List<String> relevant(String flagLine) {
        Set<String> present = new HashSet<>(Arrays.asList(flagLine.toLowerCase(Locale.ROOT).split("\\s+")));
        List<String> known = present.contains("asimd") || present.contains("fp") ? ARM_FLAGS : X86_FLAGS;
        return known.stream().filter(present::contains).toList();
    }

    public boolean has(String flag) {
        return flags.contains(flag);
    }

    /** Whether the processor has INT8 dot-product instructions, without which INT8 models gain little speed. */
    public boolean hasInt8DotProduct() {
        return INT8_DOT_PRODUCT.stream().anyMatch(this::has);
    }
}
