package org.inferscope.app.view.study;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import org.inferscope.engine.report.chart.LineChartModel;

/**
 * The legend of a scenario's chart, drawn from its model: each curve a solid stroke of its colour, each
 * guide a dashed one. The chart's own legend would colour its entries from the theme's series colours,
 * not the curves', and list every interval's edges as curves of their own.
 */
final class ScenarioLegend {
    private ScenarioLegend() {
    }

    static FlowPane of(ObservableValue<LineChartModel> model) {
        FlowPane legend = new FlowPane(18, 4);
        legend.setAlignment(Pos.CENTER);
        fill(legend, model.getValue());
        model.addListener((obs, was, now) -> fill(legend, now));
        return legend;
    }

    private static void fill(FlowPane legend, LineChartModel model) {
        legend.getChildren().clear();
        model.lines().forEach(l -> legend.getChildren().add(entry(l.name(), l.colour(), false)));
        model.guides().forEach(g -> legend.getChildren().add(entry(g.name(), g.colour(), true)));
    }

    private static Label entry(String name, String colour, boolean dashed) {
        Line stroke = new Line(0, 0, 18, 0);
        stroke.setStroke(Color.web(colour));
        stroke.setStrokeWidth(dashed ? 1.5 : 2.5);
        if (dashed) {
            stroke.getStrokeDashArray().addAll(5.0, 4.0);
        }
        Label label = new Label(name, stroke);
        label.setGraphicTextGap(6);
        return label;
    }
}
