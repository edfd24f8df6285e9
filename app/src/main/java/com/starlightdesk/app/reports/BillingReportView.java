package com.starlightdesk.app.reports;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.CsvTable;
import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.app.parts.EmptyState;
import com.starlightdesk.app.parts.SaveLocation;
import com.starlightdesk.data.repo.Receivables;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A billing report as the Reports hub opens it, bound to {@link BillingReportViewModel}: a line summing it up and
 * Export CSV, progress while it is read, the membership revenue's charts (revenue per plan stacked by month, members
 * per plan), and the table the CSV file holds, amounts in dollars and right-aligned, lines that add others up in bold,
 * or an empty state when there is nothing to report. Enter or a double-click on a line opens its chart. Built in code:
 * one view serves the four reports. Confined to the FX thread.
 */
public final class BillingReportView {
    private static final Pattern MONEY = Pattern.compile("-?\\d+\\.\\d{2}");
    private static final PseudoClass TOTAL = PseudoClass.getPseudoClass("total");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.US);

    /** A line of the table: its place in the sheet and its cells. */
    private record Line(int index, List<String> cells) {
    }

    private final BillingReportViewModel viewModel;
    private final SaveLocation saveLocation;
    private final VBox root = new VBox();
    private final TableView<Line> table = new TableView<>();
    private final HBox charts = new HBox();
    private final EmptyState empty = new EmptyState();

    public BillingReportView(BillingReportViewModel viewModel, SaveLocation saveLocation) {
        this.viewModel = viewModel;
        this.saveLocation = saveLocation;
        root.setId("report-" + viewModel.report().fileStem());
        root.getStyleClass().add("report-page");

        Label summary = new Label();
        summary.setId("report-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        Button export = new Button("Export CSV…");
        export.setId("report-export");
        export.setOnAction(e -> exportCsv());
        HBox head = new HBox(summary, space, export);
        head.getStyleClass().add("report-head");

        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setPrefWidth(260);
        Label reading = new Label("Reading the figures…");
        reading.getStyleClass().add(Styles.TEXT_MUTED);
        HBox progressLine = new HBox(progress, reading);
        progressLine.setId("report-progress-line");
        progressLine.getStyleClass().add("status-line");
        progressLine.visibleProperty().bind(viewModel.workingProperty());
        progressLine.managedProperty().bind(progressLine.visibleProperty());

        Message done = new Message();
        done.setId("report-done");
        Message failure = new Message();
        failure.setId("report-failure");
        Banner.bind(done, Banner.Kind.DONE, viewModel.doneProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());

        charts.setId("report-charts");
        charts.getStyleClass().add("report-charts");
        charts.setVisible(false);
        charts.managedProperty().bind(charts.visibleProperty());

        table.setId("report-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<Line> row = new TableRow<>() {
                @Override
                protected void updateItem(Line item, boolean empty) {
                    super.updateItem(item, empty);
                    ReportSheet sheet = viewModel.sheetProperty().get();
                    pseudoClassStateChanged(TOTAL, !empty && item != null && sheet != null && sheet.totals().contains(item.index()));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem().index());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Line chosen = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null) {
                viewModel.open(chosen.index());
                e.consume();
            }
        });
        empty.setId("report-empty");
        empty.setSign("∅");
        empty.setTitle(viewModel.report().emptyTitle());
        empty.setText(viewModel.report().emptyText());
        StackPane body = new StackPane(table, empty);
        VBox.setVgrow(body, Priority.ALWAYS);

        root.getChildren().addAll(head, progressLine, done, failure, charts, body);
        export.disableProperty().bind(viewModel.sheetProperty().isNull().or(viewModel.workingProperty()));
        summary.textProperty().bind(Bindings.createStringBinding(() -> viewModel.sheetProperty().get() == null ? ""
                : viewModel.sheetProperty().get().summary(), viewModel.sheetProperty()));
        viewModel.sheetProperty().addListener((obs, old, sheet) -> show(sheet));
        show(null);
        // Shown (opened from the hub, or back from elsewhere): the figures are read again.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                viewModel.read();
            }
        });
    }

    /** The report's page, for the hub. */
    public Node node() {
        return root;
    }

    private void show(ReportSheet sheet) {
        boolean nothing = sheet != null && sheet.empty();
        empty.setVisible(nothing);
        table.setVisible(sheet != null && !nothing);
        if (sheet == null) {
            return;
        }
        CsvTable csv = sheet.table();
        List<TableColumn<Line, String>> columns = new ArrayList<>();
        for (int i = 0; i < csv.header().size(); i++) {
            int at = i;
            TableColumn<Line, String> column = new TableColumn<>(csv.header().get(i));
            column.setId("report-column-" + i);
            column.setSortable(false);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cells().get(at)));
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    boolean number = !empty && CsvTable.isNumber(text);
                    setText(empty ? null : number && MONEY.matcher(text).matches() ? Dollars.format(new BigDecimal(text)) : text);
                    setAlignment(number ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
                }
            });
            // Wide enough for its heading at 1366x768 (the first column, the names, takes what is left).
            column.setPrefWidth(i == 0 ? 190 : Math.max(90, 7.5 * csv.header().get(i).length() + 20));
            columns.add(column);
        }
        table.getColumns().setAll(columns);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < csv.rows().size(); i++) {
            lines.add(new Line(i, csv.rows().get(i)));
        }
        table.getItems().setAll(lines);
        charts.setVisible(sheet.revenue() != null && !nothing);
        if (sheet.revenue() != null) {
            charts.getChildren().setAll(revenueChart(sheet.revenue()), membersChart(sheet.revenue()));
        }
    }

    /** Revenue per plan stacked by month; money stays BigDecimal until drawn. */
    private static Node revenueChart(Receivables.MembershipRevenue revenue) {
        CategoryAxis months = new CategoryAxis();
        NumberAxis dollars = new NumberAxis();
        dollars.setLabel("Revenue ($)");
        return plotted(new StackedBarChart<>(months, dollars), months, "report-revenue-chart", "Membership revenue per month", revenue,
                l -> l.revenue().doubleValue());
    }

    private static Node membersChart(Receivables.MembershipRevenue revenue) {
        CategoryAxis months = new CategoryAxis();
        NumberAxis members = new NumberAxis();
        members.setLabel("Members");
        members.setMinorTickVisible(false);
        return plotted(new LineChart<>(months, members), months, "report-members-chart", "Active members per plan", revenue,
                Receivables.PlanMonth::members);
    }

    /** {@code chart} with a series per plan of {@code value} for each month. */
    private static Node plotted(XYChart<String, Number> chart, CategoryAxis months, String id, String title,
            Receivables.MembershipRevenue revenue, Function<Receivables.PlanMonth, Number> value) {
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        months.setCategories(FXCollections.observableArrayList(revenue.months().stream().map(MONTH::format).toList()));
        for (Map.Entry<String, List<Receivables.PlanMonth>> plan : byPlan(revenue).entrySet()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(plan.getKey());
            plan.getValue().forEach(l -> series.getData().add(new XYChart.Data<>(MONTH.format(l.month()), value.apply(l))));
            chart.getData().add(series);
        }
        HBox.setHgrow(chart, Priority.ALWAYS);
        return chart;
    }

    private static Map<String, List<Receivables.PlanMonth>> byPlan(Receivables.MembershipRevenue revenue) {
        Map<String, List<Receivables.PlanMonth>> plans = new LinkedHashMap<>();
        revenue.lines().forEach(l -> plans.computeIfAbsent(l.planName(), k -> new ArrayList<>()).add(l));
        return plans;
    }

    private void exportCsv() {
        saveLocation.choose(root.getScene() == null ? null : root.getScene().getWindow(), "Save the report as CSV", viewModel.fileName(),
                "CSV files", "csv").ifPresent(viewModel::exportCsv);
    }
}
