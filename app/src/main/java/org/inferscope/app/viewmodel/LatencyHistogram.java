package org.inferscope.app.viewmodel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The single-row latency distribution as bars: equal-width bins from the fastest call to the 99th
 * percentile, with every slower call counted in the last bin so one outlier does not flatten the chart.
 */
public record LatencyHistogram(List<Bin> bins, long samples) {

    static final int BINS = 24;

    public LatencyHistogram {
        bins = List.copyOf(bins);
    }

    /** One bar: calls that took {@code fromMicros} up to {@code toMicros}. */
    public record Bin(double fromMicros, double toMicros, long count) {
    }

    public static LatencyHistogram empty() {
        return new LatencyHistogram(List.of(), 0);
    }

    /** Bins the first {@code n} samples of {@code nanos}. */
    public static LatencyHistogram of(long[] nanos, int n) {
        if (n == 0) {
            return empty();
        }
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        double min = sorted[0] / 1000.0;
        double top = sorted[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)] / 1000.0;
        double width = Math.max((top - min) / BINS, 0.001);
        long[] counts = new long[BINS];
        for (long s : sorted) {
            int bin = (int) ((s / 1000.0 - min) / width);
            counts[Math.max(0, Math.min(BINS - 1, bin))]++;
        }
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < BINS; i++) {
            bins.add(new Bin(min + i * width, min + (i + 1) * width, counts[i]));
        }
        return new LatencyHistogram(bins, n);
    }
}
