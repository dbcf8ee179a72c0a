package org.inferscope.app.report;

import org.inferscope.engine.report.chart.BarChartModel;
import org.inferscope.engine.report.chart.ChartModel;
import org.inferscope.engine.report.chart.ChartSvg;
import org.inferscope.engine.report.chart.ScatterChartModel;
import org.inferscope.engine.report.chart.Xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inferscope.app.viewmodel.ComparisonRow;
import org.inferscope.app.viewmodel.LatencyHistogram;
import org.inferscope.engine.report.chart.Palette;
import org.inferscope.app.viewmodel.SampleRows;
import org.inferscope.engine.testing.SvgDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartSvgTest {
    @TempDir
    Path temp;

    static final List<ComparisonRow> ROWS = List.of(
            SampleRows.classification(0, "digits-mlp · FP32", 0.97, 40),
            SampleRows.classification(1, "digits-mlp · INT8 <dynamic> & \"fast\"", 0.95, 20),
            SampleRows.classification(2, "digits-mlp · 50% structured", 0.90, 45));

    static Document parse(Path file) throws Exception {
        return SvgDocuments.parse(file);
    }

    static List<Element> withClass(Document doc, String element, String cssClass) {
        return SvgDocuments.withClass(doc, element, cssClass);
    }

    @Test
    void aBarChartHasOneRectPerBarInTheSeriesColoursWithNamesAndAxisTitle() throws Exception {
        BarChartModel latency = ComparisonChartModels.bars(ComparisonChartModels.MEASURES.get(0), ROWS);
        Path file = temp.resolve("latency.svg");
        ChartSvg.write(latency, file);
        Document doc = parse(file);
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("640", root.getAttribute("width"));
        assertTrue(root.getAttribute("viewBox").startsWith("0 0 640 "), root.getAttribute("viewBox"));
        List<Element> bars = withClass(doc, "rect", "bar");
        assertEquals(6, bars.size(), "p50 and p99 for three configurations");
        for (int i = 0; i < 3; i++) {
            String colour = Palette.colour(i);
            assertEquals(2, bars.stream().filter(b -> colour.equals(b.getAttribute("fill"))).count(), colour);
        }
        String text = doc.getDocumentElement().getTextContent();
        ROWS.forEach(r -> assertTrue(text.contains(r.label()), r.label()));
        assertTrue(text.contains("µs"), "the value axis' title");
        assertTrue(text.contains("Single-row latency"));
        assertTrue(text.contains("p50") && text.contains("p99"));
    }

    @Test
    void barsAreAsTallAsTheirValuesAndStandOnTheAxis() throws Exception {
        BarChartModel chart = BarChartModel.of("c", "Two bars", "", "KB", List.of(
                new BarChartModel.Series("a", "#0072B2", Map.of("size", 10.0)),
                new BarChartModel.Series("b", "#E69F00", Map.of("size", 5.0))));
        Path file = temp.resolve("c.svg");
        ChartSvg.write(chart, file);
        List<Element> bars = withClass(parse(file), "rect", "bar");
        double tall = Double.parseDouble(bars.get(0).getAttribute("height"));
        double half = Double.parseDouble(bars.get(1).getAttribute("height"));
        assertEquals(tall / 2, half, 0.01);
        assertEquals(Double.parseDouble(bars.get(0).getAttribute("y")) + tall,
                Double.parseDouble(bars.get(1).getAttribute("y")) + half, 0.01);
    }

    @Test
    void theScatterHasOneCirclePerConfigurationAndTheFrontierThroughTheUndominated() throws Exception {
        ScatterChartModel scatter = ComparisonChartModels.scatter(ROWS);
        Path file = temp.resolve("pareto.svg");
        ChartSvg.write(scatter, file);
        Document doc = parse(file);
        List<Element> points = withClass(doc, "circle", "point");
        assertEquals(3, points.size());
        assertEquals(2, withClass(doc, "circle", "frontier-point").size(), "the structured one is dominated");
        assertEquals(1, withClass(doc, "polyline", "frontier").size());
        for (int i = 0; i < 3; i++) {
            String colour = Palette.colour(i);
            assertTrue(points.stream().anyMatch(p -> colour.equals(p.getAttribute("fill"))), colour);
        }
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains("accuracy (↑ better)"));
        assertTrue(text.contains("p50 latency (µs)"));
        assertTrue(text.contains("INT8 <dynamic> & \"fast\""), "escaped and read back");
    }

    @Test
    void aRegressionScatterSaysLowerMseIsBetter() {
        String svg = ChartSvg.render(ComparisonChartModels.scatter(List.of(SampleRows.regression(0, "r", 0.2, 10))));
        assertTrue(svg.contains("MSE (↓ better)"));
        assertFalse(svg.contains("class=\"frontier\""), "one point draws no line");
    }

    @Test
    void emptyChartsAndTheLiveHistogramAreStillWellFormed() throws Exception {
        long[] nanos = {1000, 2000, 3000, 4000, 5000, 6000};
        List<ChartModel> charts = new ArrayList<>(ComparisonChartModels.all(List.of()));
        charts.add(ComparisonChartModels.histogram(LatencyHistogram.of(nanos, nanos.length), "fp32", "#0072B2"));
        for (ChartModel chart : charts) {
            Path file = temp.resolve(chart.id() + ".svg");
            ChartSvg.write(chart, file);
            assertEquals("svg", parse(file).getDocumentElement().getLocalName(), chart.id());
        }
        Document live = parse(temp.resolve("liveLatency.svg"));
        assertEquals(24, withClass(live, "rect", "bar").size(), "one bar per bin");
    }

    @Test
    void controlCharactersAreDroppedAndMarkupEscaped() {
        assertEquals("a&lt;b&gt;&amp;&quot;&#39;c", Xml.escape("a<b>&\"'\u0001c"));
    }
}
