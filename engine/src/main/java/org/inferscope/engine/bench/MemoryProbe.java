package org.inferscope.engine.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inferscope.engine.api.MemoryUsage;

/**
 * Peak memory of a run: the process's peak resident set (Linux VmHWM, which sees native backends'
 * memory too) and the JVM heap's peak. Both are process-wide, so runs in parallel share them.
 */
public final class MemoryProbe {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private MemoryProbe() {
    }

    /** Starts the peaks afresh: heap pools' peaks, and on Linux the resident high-water mark. */
    public static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
        try {
            // "5" resets VmHWM to the current resident size (Linux 4.0+); harmless where refused.
            Files.writeString(CLEAR_REFS, "5");
        } catch (IOException | RuntimeException e) {
            // the peak then counts from process start, which is still an upper bound
        }
    }

    public static MemoryUsage read() {
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid() && pool.getPeakUsage() != null) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        return new MemoryUsage(peakResidentBytes(), heap);
    }

    static long peakResidentBytes() {
        try {
            return Files.isReadable(STATUS) ? parseVmHwm(Files.readString(STATUS)) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Bytes from the "VmHWM:   1234 kB" line of /proc/self/status, or -1 without one. */
    static long parseVmHwm(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmHWM:")) {
                String[] parts = line.substring(6).trim().split("\\s+");
                return Long.parseLong(parts[0]) * 1024;
            }
        }
        return -1;
    }
}
