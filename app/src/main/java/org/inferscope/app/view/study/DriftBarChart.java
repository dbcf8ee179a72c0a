package org.inferscope.app.view.study;

import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import org.inferscope.engine.report.chart.BarChartModel;
import org.inferscope.engine.report.chart.LineChartModel;

/**
 * The most shifted features' PSI as bars, with the model's dashed guides at the engine's thresholds (0.1
 * moderate, 0.25 major), as the SVG draws them. The value axis always reaches past 0.25, so that small
 * PSIs read as small.
 */
final class DriftBarChart extends BarChart<String, Number> {
    private final List<Guide> guides = new java.util.ArrayList<>();
    private BarChartModel shown;

    private record Guide(double psi, Line line, Label label) {
        Guide(double psi, String name, String colour) {
            this(psi, new Line(), new Label(name));
            line.setStyle("-fx-stroke: " + colour + "; -fx-stroke-width: 1.5px; -fx-stroke-dash-array: 6 4;");
            label.setStyle("-fx-text-fill: " + colour + "; -fx-font-size: 0.85em;");
            line.setManaged(false);
            label.setManaged(false);
        }
    }

    DriftBarChart(BarChartModel initial) {
        super(new CategoryAxis(), new NumberAxis());
        setId(initial.id());
        setAnimated(false);
        setLegendVisible(false);
        setCategoryGap(6);
        setMinSize(240, 200);
        getXAxis().setTickLabelRotation(-60);
        show(initial);
    }

    /** What the chart shows now, for the SVG export. */
    BarChartModel model() {
        return shown;
    }

    void show(BarChartModel model) {
        shown = model;
        guides.forEach(g -> getPlotChildren().removeAll(g.line(), g.label()));
        guides.clear();
        model.guides().stream().sorted(java.util.Comparator.comparingDouble(LineChartModel.Guide::y))
                .forEach(g -> guides.add(new Guide(g.y(), g.name(), g.colour())));
        guides.forEach(g -> getPlotChildren().addAll(g.line(), g.label()));
        setTitle(model.title());
        getXAxis().setLabel(model.categoryAxis());
        getYAxis().setLabel(model.valueAxis());
        NumberAxis y = (NumberAxis) getYAxis();
        double step = niceStep(Math.max(0.3, model.maxValue() * 1.05) / 6);
        y.setAutoRanging(false);
        y.setLowerBound(0);
        y.setUpperBound(step * Math.ceil(Math.max(0.3, model.maxValue() * 1.05) / step));
        y.setTickUnit(step);
        getData().clear();
        for (BarChartModel.Series s : model.series()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(s.name());
            s.values().forEach((feature, psi) -> series.getData().add(bar(feature, psi, s.colour())));
            getData().add(series);
        }
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        double width = getXAxis().getWidth();
        for (int i = 0; i < guides.size(); i++) {
            Guide g = guides.get(i);
            double y = getYAxis().getDisplayPosition(g.psi());
            g.line().setStartX(0);
            g.line().setEndX(width);
            g.line().setStartY(y);
            g.line().setEndY(y);
            g.line().toFront();
            g.label().autosize();
            g.label().relocate(width - g.label().getWidth() - 4, y - g.label().getHeight());
            g.label().toFront();
            // squeezed together by a large PSI, only the highest threshold keeps its name
            boolean last = i == guides.size() - 1;
            g.label().setVisible(last || Math.abs(y - getYAxis().getDisplayPosition(guides.get(i + 1).psi()))
                    >= g.label().getHeight());
        }
    }

    private static XYChart.Data<String, Number> bar(String feature, double psi, String colour) {
        XYChart.Data<String, Number> data = new XYChart.Data<>(feature, psi);
        data.nodeProperty().addListener((obs, was, node) -> {
            if (node != null) {
                node.setStyle("-fx-bar-fill: " + colour + ";");
                javafx.scene.control.Tooltip.install(node, new javafx.scene.control.Tooltip(feature + ": PSI "
                        + org.inferscope.app.viewmodel.study.DriftStudy.number(psi)));
            }
        });
        return data;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    private static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / power;
        return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
    }
}
