package org.inferscope.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.inferscope.app.viewmodel.ComparisonRow;
import org.inferscope.app.viewmodel.SampleRows;
import org.inferscope.engine.api.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class HtmlReportTest {
    static final ZonedDateTime WHEN = ZonedDateTime.of(2026, 3, 4, 5, 6, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void theReportParsesAsXmlWithEveryRowAndOneSvgPerChart() throws Exception {
        Path file = temp.resolve("report.html");
        HtmlReport.write(ChartSvgTest.ROWS, file, WHEN);
        Document doc = ChartSvgTest.parse(file);
        assertEquals("html", doc.getDocumentElement().getLocalName());
        assertEquals(ComparisonChartModels.MEASURES.size() + 1, doc.getElementsByTagNameNS("*", "svg").getLength());
        assertEquals(ChartSvgTest.ROWS.size() + 1, doc.getElementsByTagNameNS("*", "tr").getLength());
        String text = doc.getDocumentElement().getTextContent();
        ChartSvgTest.ROWS.forEach(r -> assertTrue(text.contains(r.label()), r.label()));
        assertTrue(text.contains("2026-03-04 05:06"));
        assertTrue(text.contains("AMD EPYC 9654 <96-Core> (16 logical CPUs)"), "the CPU model, escaped");
        assertTrue(text.contains("digits-test.csv"));
    }

    @Test
    void theReportFetchesNothing() throws Exception {
        String html = HtmlReport.html(ChartSvgTest.ROWS, WHEN);
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<link"));
        assertFalse(html.contains("src="));
        assertFalse(html.contains("url("));
    }

    @Test
    void changesAreAgainstTheFirstRowAndJudged() {
        String html = HtmlReport.html(ChartSvgTest.ROWS, WHEN);
        // FP32 at 40 µs is the baseline; INT8 at 20 µs is half the latency and 0.02 less accurate
        assertTrue(html.contains("<span class=\"delta better\">−50.0%</span>"), html);
        assertTrue(html.contains("<span class=\"delta worse\">−0.0200</span>"));
        assertTrue(html.contains("<span class=\"delta\">baseline</span>"));
    }

    @Test
    void forRegressionALowerMseIsBetter() {
        List<ComparisonRow> rows = List.of(SampleRows.regression(0, "a", 0.5, 10), SampleRows.regression(1, "b", 0.25, 10));
        String html = HtmlReport.html(rows, WHEN);
        assertTrue(html.contains("<span class=\"delta better\">−0.2500</span>"));
    }

    @Test
    void nothingToReportSaysSo() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> HtmlReport.write(List.of(), temp.resolve("r.html")));
        assertTrue(e.getMessage().contains("run at least one configuration"));
        assertFalse(Files.exists(temp.resolve("r.html")));
    }
}
