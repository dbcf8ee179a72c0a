package org.inferscope.engine.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.inferscope.engine.testing.SvgDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class LineChartSvgTest {
    @TempDir
    Path temp;

    private static LineChartModel curve() {
        return new LineChartModel("robustnessChart", "Accuracy under noise", "noise (σ)", "accuracy",
                List.of(new LineChartModel.Line("FP32", "#0072B2", List.of(
                        new LineChartModel.Point(0, 0.97, 0.95, 0.98),
                        new LineChartModel.Point(0.5, 0.80, 0.76, 0.83),
                        LineChartModel.Point.of(1.0, 0.40)))),
                List.of(new LineChartModel.Guide("within 1 point", 0.96, "#333333")));
    }

    @Test
    void aCurveIsOneLineWithAPointEachAndAWhiskerPerInterval() throws Exception {
        Path file = temp.resolve("curve.svg");
        ChartSvg.write(curve(), file);
        Document doc = SvgDocuments.parse(file);
        assertEquals(1, SvgDocuments.withClass(doc, "polyline", "line").size());
        List<Element> points = SvgDocuments.withClass(doc, "circle", "point");
        assertEquals(3, points.size());
        assertEquals("#0072B2", points.get(0).getAttribute("fill"));
        assertTrue(points.get(0).getTextContent().contains("95% CI 0.95 to 0.98"), points.get(0).getTextContent());
        assertTrue(points.get(2).getTextContent().contains("0.4 at 1"), points.get(2).getTextContent());
        long whiskers = doc.getElementsByTagNameNS("*", "line").getLength();
        assertTrue(whiskers >= 6, "two intervals draw three strokes each, besides the grid: " + whiskers);
        assertEquals(1, SvgDocuments.withClass(doc, "polyline", "guide").size());
    }

    @Test
    void theAxisCoversTheIntervalsAndTheGuideNotOnlyThePoints() {
        double[] y = curve().yRange();
        assertEquals(0.40, y[0], 1e-12);
        assertEquals(0.98, y[1], 1e-12);
    }

    @Test
    void anEmptyChartSaysNothingWasMeasured() {
        LineChartModel empty = new LineChartModel("x", "Empty", "a", "b", List.of(), List.of());
        assertTrue(ChartSvg.render(empty).contains("Nothing measured yet"));
    }
}
