package org.inferscope.engine.report.chart;

import java.util.List;

/**
 * The Okabe-Ito colour-blind-safe palette; configuration {@code i} keeps colour {@code i} everywhere.
 * Its black is a mid grey here, so that the eighth configuration reads on the dark theme too.
 */
public final class Palette {
    private static final List<String> OKABE_ITO = List.of(
            "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999");

    private Palette() {
    }

    /** The colour of the {@code index}-th configuration, as a CSS hex string; repeats after eight. */
    public static String colour(int index) {
        return OKABE_ITO.get(Math.floorMod(index, OKABE_ITO.size()));
    }
}
