package org.inferscope.engine.report.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inferscope.engine.api.BadInputException;

/**
 * Writes a chart as SVG, drawn from its data rather than from pixels: sharp at any size, opens in a
 * browser, editable in Inkscape. Text is real text, each bar a {@code <rect class="bar">}, each point a
 * {@code <circle class="point">}, each with a hover tooltip.
 */
public final class ChartSvg {
    private ChartSvg() {
    }

    /** The chart as a standalone SVG document (UTF-8, with an XML declaration). */
    public static void write(ChartModel chart, Path file) {
        try {
            Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + render(chart),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("Could not write the image " + file + ": " + e.getMessage() + ".", e);
        }
    }

    /** The chart's {@code <svg>} element, ready to write or to inline in HTML. */
    public static String render(ChartModel chart) {
        if (chart instanceof BarChartModel bars) {
            return BarChartSvg.render(bars);
        }
        if (chart instanceof LineChartModel lines) {
            return LineChartSvg.render(lines);
        }
        return ScatterChartSvg.render((ScatterChartModel) chart);
    }
}
