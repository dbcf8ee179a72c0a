package org.inferscope.app.viewmodel.study;

import java.util.List;
import org.inferscope.engine.report.chart.LineChartModel;

/**
 * A finished scenario as the tab shows and exports it. Implementations are records: their components
 * are what the JSON export writes, so the sentence and the chart, derived from them, stay out of it.
 */
public interface ScenarioOutcome {

    /** The scenario's answer in one sentence. */
    String headline();

    /** What was measured and how, in one line ("digits-mlp · FP32 on onnxruntime:cpu, 300 queries…"). */
    String setting();

    LineChartModel chart();

    /** The numbers behind the chart, formatted for the tab's table. */
    ScenarioTable table();

    /** The CSV export's column names. */
    List<String> csvHeader();

    /** The CSV export's rows, one cell per column of {@link #csvHeader()}. */
    List<List<String>> csvRows();
}
