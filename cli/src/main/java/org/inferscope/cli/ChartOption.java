package org.inferscope.cli;

import java.nio.file.Path;
import org.inferscope.engine.report.chart.ChartModel;
import org.inferscope.engine.report.chart.ChartSvg;
import picocli.CommandLine.Option;

/** {@code --chart FILE.svg}: the command's chart as the window draws it, written as SVG for a report. */
final class ChartOption {

    @Option(names = "--chart", paramLabel = "FILE.svg",
            description = "Also write the chart as SVG (the window's chart; opens in a browser).")
    Path file;

    /** Writes {@code chart} when --chart was given; returns where, or null. */
    Path writeIfAsked(ChartModel chart) {
        return writeIfAsked(chart, file);
    }

    /** Writes {@code chart} to {@code to} when it is not null; returns {@code to}. */
    static Path writeIfAsked(ChartModel chart, Path to) {
        if (to != null) {
            ChartSvg.write(chart, to);
        }
        return to;
    }

    /** {@code FILE.svg} with {@code suffix} before its extension: "curves.svg" and "-dropout" give "curves-dropout.svg". */
    static Path sibling(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : ".svg";
        return file.resolveSibling(stem + suffix + extension);
    }
}
