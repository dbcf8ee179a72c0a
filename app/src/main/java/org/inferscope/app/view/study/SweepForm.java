package org.inferscope.app.view.study;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.inferscope.app.view.Icons;
import org.inferscope.app.viewmodel.study.GridChoice;
import org.inferscope.app.viewmodel.study.SweepGrid;
import org.inferscope.app.viewmodel.study.SweepStudy;
import org.inferscope.engine.api.Precision;
import org.kordamp.ikonli.feather.Feather;

/**
 * The sweep's form: the grid (devices, precisions, sparsities, pruning kind, batch sizes) with its
 * estimate or what is wrong, Start, Resume… and Cancel, progress, where the points are saved, and the
 * exports.
 */
final class SweepForm {
    private SweepForm() {
    }

    static VBox of(SweepStudy study) {
        SweepGrid grid = study.grid();
        VBox devices = new VBox(4);
        devices.setId("sweepDevices");
        grid.devices().addListener((javafx.beans.InvalidationListener) change -> fill(devices, grid));
        fill(devices, grid);
        GridPane precisions = new GridPane();
        precisions.setHgap(12);
        precisions.setVgap(4);
        for (int i = 0; i < grid.precisions().size(); i++) {
            GridChoice<Precision> p = grid.precisions().get(i);
            precisions.add(check(p, "sweepPrecision-" + p.value().cliName()), i % 2, i / 2);
        }
        TextField sparsities = field(grid.sparsitiesProperty(), "sweepSparsities",
                "Sparsities from 0 to 0.95 (or 50%), 0 for no pruning");
        CheckBox structured = new CheckBox("structured: remove whole hidden units (faster)");
        structured.setId("sweepStructured");
        structured.setWrapText(true);
        structured.selectedProperty().bindBidirectional(grid.structuredProperty());
        TextField batches = field(grid.batchSizesProperty(), "sweepBatchSizes", "Throughput is measured at each");
        VBox form = new VBox(8, StudyLayout.section("Devices", devices), StudyLayout.section("Precisions", precisions),
                StudyLayout.section("Sparsities", new VBox(4, sparsities, structured)),
                StudyLayout.section("Batch sizes", batches));

        Button prefill = new Button("From the configuration", Icons.of(Feather.REFRESH_CW));
        prefill.setId("sweepPrefill");
        prefill.setTooltip(new Tooltip("Fill the grid again from the configuration on the left"));
        prefill.setOnAction(e -> study.prefill());
        Label estimate = StudyLayout.wrapping("");
        estimate.setId("sweepEstimate");
        estimate.textProperty().bind(Bindings.createStringBinding(() -> grid.validProperty().get()
                ? grid.estimateProperty().get() : grid.problemProperty().get(), grid.validProperty(),
                grid.estimateProperty(), grid.problemProperty()));
        estimate.getStyleClass().add("sweep-estimate");
        grid.validProperty().addListener((obs, was, now) -> validation(estimate, now));
        validation(estimate, grid.validProperty().get());
        CheckBox compare = new CheckBox("Add finished points to the comparison");
        compare.setWrapText(true);
        compare.setId("sweepAddToComparison");
        compare.setTooltip(new Tooltip("Each measured point joins the comparison's charts and the history"));
        compare.selectedProperty().bindBidirectional(study.addToComparisonProperty());

        Label where = StudyLayout.muted("");
        where.setId("sweepFolder");
        where.textProperty().bind(Bindings.createStringBinding(() -> study.stateProperty().get() == null ? ""
                : "Saved in " + study.stateProperty().get().folder(), study.stateProperty()));
        Label summary = StudyLayout.wrapping("");
        summary.setId("sweepSummary");
        summary.textProperty().bind(study.summaryProperty());

        return StudyLayout.padded(10, StudyLayout.heading("Sweep a grid of configurations"), form, prefill, estimate,
                compare, buttons(study), StudyProgress.of(study.task(), "sweep"), summary, where, exports(study));
    }

    private static void fill(VBox devices, SweepGrid grid) {
        devices.getChildren().setAll(grid.devices().stream().map(d -> (Node) check(d, null)).toList());
        if (grid.devices().isEmpty()) {
            devices.getChildren().add(new Label("the first available CPU"));
        }
    }

    private static CheckBox check(GridChoice<?> choice, String id) {
        CheckBox box = new CheckBox(choice.words());
        box.setWrapText(true);
        if (id != null) {
            box.setId(id);
        }
        box.selectedProperty().bindBidirectional(choice.chosenProperty());
        return box;
    }

    private static TextField field(javafx.beans.property.StringProperty property, String id, String tip) {
        TextField field = new TextField();
        field.setId(id);
        field.setTooltip(new Tooltip(tip));
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static void validation(Label label, boolean valid) {
        label.getStyleClass().remove("validation");
        if (!valid) {
            label.getStyleClass().add("validation");
        }
    }

    private static javafx.scene.layout.FlowPane buttons(SweepStudy study) {
        Button start = new Button("Start", Icons.of(Feather.PLAY));
        start.setId("sweepStart");
        start.disableProperty().bind(study.grid().validProperty().not().or(study.task().runningProperty()));
        start.setOnAction(e -> study.start());
        Button resume = new Button("Resume…", Icons.of(Feather.FOLDER));
        resume.setId("sweepResume");
        resume.setTooltip(new Tooltip("Continue an unfinished sweep from its folder: only the points not saved run"));
        resume.disableProperty().bind(study.task().runningProperty());
        resume.setOnAction(e -> askAndResume(study, resume));
        Button cancel = new Button("Cancel", Icons.of(Feather.SQUARE));
        cancel.setId("sweepCancel");
        cancel.setTooltip(new Tooltip("Stop the sweep: every point saved so far stays saved; Resume… continues it"));
        cancel.disableProperty().bind(study.task().runningProperty().not());
        cancel.setOnAction(e -> study.cancel());
        return StudyLayout.buttons(start, resume, cancel);
    }

    private static void askAndResume(SweepStudy study, Node owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Resume a sweep: choose its folder (the one holding sweep.json)");
        Path start = study.stateProperty().get() != null ? study.stateProperty().get().folder() : study.sweepsFolder();
        while (start != null && !Files.isDirectory(start)) {
            start = start.getParent();
        }
        if (start != null) {
            chooser.setInitialDirectory(start.toFile());
        }
        File folder = chooser.showDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        if (folder != null) {
            study.resume(folder.toPath());
        }
    }

    private static MenuButton exports(SweepStudy study) {
        MenuButton menu = new MenuButton("Export the sweep", Icons.of(Feather.DOWNLOAD));
        menu.setId("sweepExport");
        menu.getItems().addAll(
                SaveDialog.item("Save the report as JSON…", "JSON", "sweep-report.json", menu, study::exportJson),
                SaveDialog.item("Save a row per point as CSV…", "CSV", "sweep-points.csv", menu, study::exportCsv),
                SaveDialog.item("Save the chart page as HTML…", "HTML page", "sweep-report.html", menu,
                        study::exportHtml));
        menu.disableProperty().bind(study.stateProperty().isNull());
        return menu;
    }
}
