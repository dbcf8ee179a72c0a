package org.inferscope.app.view;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.chart.Chart;
import javafx.scene.control.ContextMenu;
import org.inferscope.engine.report.chart.ChartModel;
import org.kordamp.ikonli.feather.Feather;

/**
 * Every chart of the window with the data it shows, so that any of them, the comparison's or a
 * study's, saves as a 2x PNG or an SVG from its context menu.
 */
public final class ChartCatalog {
    private final Map<Chart, Supplier<ChartModel>> models = new LinkedHashMap<>();
    private ExportActions actions;

    /** Adds {@code chart} with the source of its data, and gives it the PNG/SVG context menu. */
    public void register(Chart chart, Supplier<ChartModel> model) {
        models.put(chart, model);
        ContextMenu menu = new ContextMenu(
                WorkbenchMenu.item("Save as PNG…", null, () -> actions.exportChart(chart), Feather.IMAGE),
                WorkbenchMenu.item("Save as SVG…", null, () -> actions.exportSvg(chart), Feather.BAR_CHART_2));
        chart.setOnContextMenuRequested(e -> menu.show(chart, e.getScreenX(), e.getScreenY()));
    }

    /** What {@code chart} shows now. */
    ChartModel model(Chart chart) {
        return models.get(chart).get();
    }

    /** Where the context menus' commands go; set once the window's export actions exist. */
    void useActions(ExportActions exportActions) {
        this.actions = exportActions;
    }
}
