package org.inferscope.app.view;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.chart.Chart;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.inferscope.app.view.study.StudyTabs;
import org.inferscope.app.viewmodel.ThemePreference;
import org.inferscope.app.viewmodel.WorkbenchViewModel;
import org.kordamp.ikonli.feather.Feather;

/**
 * The workbench window's content: model and dataset cards and the configuration on the left, the
 * comparison (charts, legend, table of runs) and the study tabs in the middle, errors across the top.
 */
public final class WorkbenchView {
    private final BorderPane root = new BorderPane();
    private final ComparisonCharts charts;
    private final ExportActions actions;
    // held here: the menu and the tool bar bind to it bidirectionally, and such bindings are weak
    private final ThemePreference theme;

    /** A window in the light theme that does not remember a change of theme (tests). */
    public WorkbenchView(WorkbenchViewModel viewModel) {
        this(viewModel, ThemePreference.inMemory());
    }

    public WorkbenchView(WorkbenchViewModel viewModel, ThemePreference theme) {
        this.theme = theme;
        ChartCatalog catalog = new ChartCatalog();
        charts = new ComparisonCharts(viewModel.comparison().included(), viewModel.live(), catalog);
        actions = new ExportActions(viewModel, () -> root.getScene() == null ? null : root.getScene().getWindow(),
                catalog::model);
        catalog.useActions(actions);
        VBox left = new VBox(8, new ModelCardView(viewModel), new DatasetCardView(viewModel),
                new ConfigurationPanel(viewModel));
        left.setPadding(new Insets(8));
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setMinWidth(360);
        leftScroll.setPrefWidth(400);
        VBox comparison = new VBox(6, new ComparisonLegend(viewModel.comparison().included()));
        // the charts join on the FX thread's next turn, after the window is shown: their axes and grids are
        // a fifth of what the first layout styles, ~0.3 s of the cold start (docs/benchmarks.md)
        Platform.runLater(() -> comparison.getChildren().add(charts));
        comparison.setPadding(new Insets(8));
        VBox.setVgrow(charts, javafx.scene.layout.Priority.ALWAYS);
        SplitPane runs = new SplitPane(new RunsTable(viewModel.comparison()), new RunDetailsView(viewModel.comparison()));
        runs.setDividerPositions(0.72);
        SplitPane center = new SplitPane(comparison, runs);
        FileDrop.installOnComparison(center, viewModel);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.72);
        Tab comparisonTab = new Tab("Comparison", center);
        comparisonTab.setId("comparisonTab");
        comparisonTab.setGraphic(Icons.of(Feather.BAR_CHART_2));
        comparisonTab.setClosable(false);
        TabPane tabs = new TabPane(comparisonTab);
        tabs.getTabs().addAll(StudyTabs.of(viewModel.studies(), catalog));
        SplitPane main = new SplitPane(leftScroll, tabs);
        main.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(leftScroll, false);
        ErrorBanner banner = new ErrorBanner(main, viewModel);
        root.setTop(new VBox(WorkbenchMenu.of(viewModel, actions, charts.charts(), theme),
                WorkbenchToolBar.of(viewModel, actions, theme)));
        root.setCenter(banner);
        FileDrop.install(root, viewModel);
        Theme.follow(theme, root);
        root.getStylesheets().add(java.util.Objects.requireNonNull(
                WorkbenchView.class.getResource("/org/inferscope/app/workbench.css")).toExternalForm());
    }

    public Parent root() {
        return root;
    }

    /** The charts, the live latency histogram first. */
    public List<Chart> charts() {
        return charts.charts();
    }

    /** Writes a chart as a PNG at twice its size, as its context menu does. FX thread. */
    public void exportChart(Chart chart, Path file) {
        actions.exportChart(chart, file);
    }

    /** The export commands (SVG, HTML report), for window tests. */
    ExportActions actions() {
        return actions;
    }

    /** Writes the comparison as CSV, or JSON when the name ends in .json, as Ctrl+E does. */
    public void exportComparison(Path file) {
        actions.exportComparison(file);
    }
}
