package org.inferscope.app.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.Chart;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.inferscope.engine.report.chart.ChartModel;
import org.inferscope.app.report.ComparisonChartModels;
import org.inferscope.app.viewmodel.ComparisonRow;
import org.inferscope.app.viewmodel.LiveRunState;

/**
 * The comparison's charts in a grid: live latency, p50/p99, throughput, quality, size, agreement, and
 * quality against latency with the Pareto frontier (two cells wide).
 */
final class ComparisonCharts extends GridPane {
    private static final int COLUMNS = 4;
    private final LiveLatencyChart live;
    private final List<MetricChart> metrics = ComparisonChartModels.MEASURES.stream().map(MetricChart::new).toList();
    private final ParetoChart pareto = new ParetoChart();
    private final Map<Chart, Supplier<ChartModel>> models = new LinkedHashMap<>();

    ComparisonCharts(ObservableList<ComparisonRow> rows, LiveRunState liveState, ChartCatalog catalog) {
        setHgap(6);
        setVgap(6);
        live = new LiveLatencyChart(liveState);
        models.put(live.node(), live::model);
        metrics.forEach(m -> models.put(m.node(), m::model));
        models.put(pareto.node(), pareto::model);
        models.forEach(catalog::register);
        List<Chart> all = charts();
        for (int i = 0; i < all.size() - 1; i++) {
            add(all.get(i), i % COLUMNS, i / COLUMNS);
        }
        add(pareto.node(), 2, 1, 2, 1);
        all.forEach(c -> c.setMinSize(200, 180));
        for (int c = 0; c < COLUMNS; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / COLUMNS);
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
        }
        for (int r = 0; r < 2; r++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(row);
        }
        rows.addListener((ListChangeListener<ComparisonRow>) change -> show(rows));
        show(rows);
    }

    /** Every chart, the live one first and quality against latency last: what "export chart" offers. */
    List<Chart> charts() {
        return new ArrayList<>(models.keySet());
    }

    private void show(ObservableList<ComparisonRow> rows) {
        Collection<ComparisonRow> latest = ComparisonChartModels.latestPerConfiguration(rows);
        for (int i = 0; i < metrics.size(); i++) {
            metrics.get(i).show(ComparisonChartModels.bars(ComparisonChartModels.MEASURES.get(i), latest));
        }
        pareto.show(ComparisonChartModels.scatter(latest));
    }
}
