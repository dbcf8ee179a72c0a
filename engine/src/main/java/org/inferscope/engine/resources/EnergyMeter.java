package org.inferscope.engine.resources;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the CPU packages' cumulative energy from Linux powercap (RAPL): the {@code energy_uj} of every
 * top-level {@code intel-rapl:N} zone (AMD CPUs report there too). Sub-zones (cores, DRAM) are parts of
 * their package and are not added again. The counters are machine-wide: other processes' work counts too.
 */
public final class EnergyMeter {
    private static final Pattern PACKAGE_ZONE = Pattern.compile("intel-rapl:\\d+");

    private final Path powercap;

    /** @param powercap the powercap folder, {@code /sys/class/powercap} on Linux; tests pass their own */
    public EnergyMeter(Path powercap) {
        this.powercap = powercap;
    }

    public static EnergyMeter system() {
        return new EnergyMeter(Path.of("/sys/class/powercap"));
    }

    /** A reading of every package counter, or the reason there is none. */
    public Sample read() {
        List<Path> zones = zones();
        if (zones.isEmpty()) {
            return Sample.unavailable("not measurable on this machine: " + powercap + " has no intel-rapl zones (this"
                    + " kernel exposes no RAPL energy counters; virtual machines and containers usually hide them)");
        }
        long[] energy = new long[zones.size()];
        long[] range = new long[zones.size()];
        for (int i = 0; i < zones.size(); i++) {
            Path file = zones.get(i).resolve("energy_uj");
            try {
                energy[i] = Long.parseLong(Files.readString(file).strip());
                range[i] = readRange(zones.get(i));
            } catch (AccessDeniedException e) {
                return Sample.unavailable("not measurable on this machine: " + file + " is readable only by root"
                        + " (Linux 5.10+ restricts RAPL counters); run as root or grant read access to measure energy");
            } catch (IOException | NumberFormatException e) {
                return Sample.unavailable("not measurable on this machine: " + file + " could not be read (" + e + ")");
            }
        }
        return new Sample(energy, range, null);
    }

    private List<Path> zones() {
        if (!Files.isDirectory(powercap)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(powercap)) {
            List<Path> zones = new ArrayList<>(s.filter(p -> PACKAGE_ZONE.matcher(p.getFileName().toString()).matches())
                    .sorted().toList());
            return zones;
        } catch (IOException e) {
            return List.of();
        }
    }

    private static long readRange(Path zone) {
        try {
            return Long.parseLong(Files.readString(zone.resolve("max_energy_range_uj")).strip());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /** Energy per 1,000 inferences between two readings. */
    public static EnergyReading between(Sample start, Sample end, long inferences) {
        if (start.reason() != null || end.reason() != null) {
            return EnergyReading.notMeasurable(start.reason() != null ? start.reason() : end.reason());
        }
        if (inferences <= 0) {
            return EnergyReading.notMeasurable("no inferences in the measured window");
        }
        long micro = 0;
        for (int i = 0; i < start.microJoules().length; i++) {
            long d = end.microJoules()[i] - start.microJoules()[i];
            micro += d >= 0 ? d : d + end.rangeMicroJoules()[i]; // the counter wrapped around
        }
        double joules = micro / 1e6;
        return new EnergyReading(true, joules * 1000 / inferences, inferences,
                "RAPL package energy over " + inferences + " rows (machine-wide: other processes count too)");
    }

    /**
     * One reading: cumulative microjoules per package zone and each counter's wrap-around range, or the
     * reason there are none.
     */
    public record Sample(long[] microJoules, long[] rangeMicroJoules, String reason) {
        static Sample unavailable(String reason) {
            return new Sample(new long[0], new long[0], reason);
        }
    }
}
