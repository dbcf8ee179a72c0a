package org.inferscope.app.view;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.inferscope.app.viewmodel.ConfigurationLabel;
import org.inferscope.app.viewmodel.LiveRunState;
import org.inferscope.app.viewmodel.RunConfiguration;
import org.inferscope.app.viewmodel.WorkbenchViewModel;
import org.inferscope.engine.api.CalibrationMethod;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.Precision;

/** The configuration of the next run, Run/Cancel, and the progress of the current one. */
final class ConfigurationPanel extends TitledPane {
    private final WorkbenchViewModel viewModel;

    ConfigurationPanel(WorkbenchViewModel viewModel) {
        this.viewModel = viewModel;
        setText("Configuration");
        setCollapsible(false);
        RunConfiguration config = viewModel.configuration();
        GridPane grid = Cards.grid();
        grid.addRow(0, new Label("Device"), deviceBox());
        grid.addRow(1, new Label("Precision"), precisionBox(config));
        CheckBox perChannel = new CheckBox("per-channel (INT8)");
        perChannel.selectedProperty().bindBidirectional(config.perChannelProperty());
        grid.add(perChannel, 1, 2);
        grid.addRow(3, new Label("Calibration"), calibration(config));
        Spinner<Integer> rows = spinner(config.calibrationRowsProperty(), 1, 100_000, 100, "calibrationRows");
        rows.disableProperty().bind(config.staticInt8().not());
        grid.addRow(4, new Label("Calib. rows"), rows);
        grid.addRow(5, new Label("Sparsity"), sparsity(config));
        CheckBox structured = new CheckBox("structured");
        structured.setId("structured");
        structured.setTooltip(new javafx.scene.control.Tooltip("Remove whole hidden units instead of single weights"));
        structured.selectedProperty().bindBidirectional(config.structuredProperty());
        grid.add(structured, 1, 6);
        TextField batches = new TextField();
        batches.setId("batchSizes");
        batches.textProperty().bindBidirectional(config.batchSizesProperty());
        grid.addRow(7, new Label("Batch sizes"), batches);
        grid.addRow(8, new Label("Warm-up"), spinner(config.warmupProperty(), 0, 1_000_000, 10, "warmup"));
        grid.addRow(9, new Label("Iterations"), spinner(config.iterationsProperty(), 1, 1_000_000, 100, "iterations"));
        setContent(new VBox(10, grid, new MoreSettings(config), buttons(), progress(viewModel.live())));
    }

    private ComboBox<Device> deviceBox() {
        ComboBox<Device> box = new ComboBox<>(viewModel.devices());
        box.setId("device");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setCellFactory(list -> new DeviceCell());
        box.setButtonCell(new DeviceCell());
        box.valueProperty().bindBidirectional(viewModel.deviceProperty());
        return box;
    }

    private static ChoiceBox<Precision> precisionBox(RunConfiguration config) {
        ChoiceBox<Precision> box = new ChoiceBox<>(FXCollections.observableArrayList(Precision.values()));
        box.setId("precision");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Precision p) {
                return p == null ? "" : ConfigurationLabel.precisionName(p);
            }

            @Override
            public Precision fromString(String s) {
                return Precision.fromCliName(s);
            }
        });
        box.valueProperty().bindBidirectional(config.precisionProperty());
        return box;
    }

    private static HBox sparsity(RunConfiguration config) {
        Slider slider = new Slider(0, RunConfiguration.MAX_SPARSITY, 0);
        slider.setId("sparsity");
        slider.setMajorTickUnit(0.25);
        slider.setBlockIncrement(0.05);
        slider.valueProperty().bindBidirectional(config.sparsityProperty());
        Label percent = new Label();
        percent.setMinWidth(40);
        percent.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(slider.getValue() * 100) + " %", slider.valueProperty()));
        HBox.setHgrow(slider, Priority.ALWAYS);
        return new HBox(8, slider, percent);
    }

    /** A spinner that writes its value to {@code property}; starts at the property's value. */
    static Spinner<Integer> spinner(javafx.beans.property.IntegerProperty property, int min, int max, int step, String id) {
        Spinner<Integer> spinner = new Spinner<>(min, max, property.get(), step);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setMaxWidth(Double.MAX_VALUE);
        spinner.valueProperty().addListener((obs, was, now) -> property.set(now));
        return spinner;
    }

    /** Min/max or a percentile of absolute values; only INT8 static calibrates. */
    private static HBox calibration(RunConfiguration config) {
        ChoiceBox<CalibrationMethod> method = new ChoiceBox<>(FXCollections.observableArrayList(CalibrationMethod.values()));
        method.setId("calibration");
        method.setConverter(new StringConverter<>() {
            @Override
            public String toString(CalibrationMethod m) {
                return m == CalibrationMethod.PERCENTILE ? "percentile" : "min/max";
            }

            @Override
            public CalibrationMethod fromString(String s) {
                return "percentile".equals(s) ? CalibrationMethod.PERCENTILE : CalibrationMethod.MIN_MAX;
            }
        });
        method.valueProperty().bindBidirectional(config.calibrationProperty());
        method.disableProperty().bind(config.staticInt8().not());
        Spinner<Double> percentile = new Spinner<>(50.01, 100, config.percentileProperty().get(), 0.01);
        percentile.setId("percentile");
        percentile.setEditable(true);
        percentile.setPrefWidth(100);
        percentile.valueProperty().addListener((obs, was, now) -> config.percentileProperty().set(now));
        percentile.disableProperty().bind(config.staticInt8().not()
                .or(config.calibrationProperty().isNotEqualTo(CalibrationMethod.PERCENTILE)));
        return new HBox(8, method, percentile);
    }

    private HBox buttons() {
        Button run = new Button("Run", Icons.of(org.kordamp.ikonli.feather.Feather.PLAY));
        run.setId("run");
        run.setDefaultButton(true);
        run.disableProperty().bind(viewModel.canRunProperty().not());
        run.setOnAction(e -> viewModel.run());
        Button cancel = new Button("Cancel", Icons.of(org.kordamp.ikonli.feather.Feather.SQUARE));
        cancel.setId("cancel");
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());
        return new HBox(8, run, cancel);
    }

    private VBox progress(LiveRunState live) {
        ProgressBar bar = new ProgressBar();
        bar.setId("progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(live.progressProperty());
        Label phase = new Label();
        phase.setId("phase");
        phase.setWrapText(true);
        phase.textProperty().bind(live.phaseProperty());
        Label quality = new Label();
        quality.textProperty().bind(Bindings.createStringBinding(() -> Double.isNaN(live.qualitySoFarProperty().get())
                ? "" : String.format("Quality so far: %.4f", live.qualitySoFarProperty().get()), live.qualitySoFarProperty()));
        Label validation = new Label();
        validation.setId("validation");
        validation.getStyleClass().add("validation");
        validation.setWrapText(true);
        validation.textProperty().bind(viewModel.validationProperty());
        return new VBox(4, bar, phase, quality, validation);
    }
}
