package org.inferscope.app.view.study;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.inferscope.engine.report.chart.LineChartModel;

/**
 * The curve chart's legend: each configuration in its colour, and what the dashed lines are. The chart's
 * own legend is hidden: it gives every interval edge an entry of its own, in the theme's colours.
 */
final class RobustnessLegend extends FlowPane {

    RobustnessLegend() {
        super(16, 4);
        setId("robustnessLegend");
        setStyle("-fx-padding: 0 0 0 48;");
    }

    void show(LineChartModel model) {
        getChildren().clear();
        for (LineChartModel.Line line : model.lines()) {
            getChildren().add(new Label(line.name(), new Rectangle(12, 12, Color.web(line.colour()))));
        }
        if (model.lines().stream().anyMatch(l -> l.points().stream().anyMatch(LineChartModel.Point::hasInterval))) {
            Line dashed = new Line(0, 0, 22, 0);
            dashed.setStyle("-fx-stroke: -color-fg-muted; -fx-stroke-dash-array: 5 4;");
            getChildren().add(new Label("95% confidence interval", dashed));
        }
    }
}
