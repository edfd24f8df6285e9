package com.starlightdesk.app.billing.run;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.billing.run.BillingRunViewModel.PlanLine;
import com.starlightdesk.app.billing.run.BillingRunViewModel.Row;
import com.starlightdesk.app.billing.run.BillingRunViewModel.SkipGroup;
import com.starlightdesk.app.billing.run.BillingRunViewModel.Step;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.ChoiceLabels;
import com.starlightdesk.app.parts.Dollars;
import java.math.BigDecimal;
import java.util.Comparator;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Billing, Billing run: binds to {@link BillingRunViewModel}. */
public final class BillingRunPage {
    private final BillingRunViewModel viewModel;

    @FXML private ComboBox<java.time.YearMonth> month;
    @FXML private Button preview;
    @FXML private Button make;
    @FXML private Button cancel;
    @FXML private HBox progressLine;
    @FXML private ProgressBar progress;
    @FXML private Label progressText;
    @FXML private Label headline;
    @FXML private Message done;
    @FXML private Message failure;
    @FXML private TableView<Row> table;
    @FXML private Label placeholder;
    @FXML private TableColumn<Row, String> patientColumn;
    @FXML private TableColumn<Row, String> planColumn;
    @FXML private TableColumn<Row, Integer> daysColumn;
    @FXML private TableColumn<Row, BigDecimal> amountColumn;
    @FXML private TableColumn<Row, BigDecimal> discountColumn;
    @FXML private GridPane planTotals;
    @FXML private VBox skips;

    public BillingRunPage(BillingRunViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        month.setItems(viewModel.months());
        month.setConverter(ChoiceLabels.of(viewModel::monthWords));
        month.valueProperty().bindBidirectional(viewModel.monthProperty());
        var step = viewModel.stepProperty();
        month.disableProperty().bind(step.isEqualTo(Step.MAKING));
        preview.disableProperty().bind(step.isEqualTo(Step.MAKING).or(step.isEqualTo(Step.PREVIEWING)));
        make.textProperty().bind(viewModel.makeLabelProperty());
        make.disableProperty().bind(viewModel.canMakeProperty().not());
        cancel.disableProperty().bind(step.isEqualTo(Step.CHOOSE));
        cancel.textProperty().bind(Bindings.when(step.isEqualTo(Step.MAKING)).then("Stop").otherwise("Cancel"));
        progressLine.visibleProperty().bind(step.isEqualTo(Step.MAKING).or(step.isEqualTo(Step.PREVIEWING)));
        progressLine.managedProperty().bind(progressLine.visibleProperty());
        progress.progressProperty().bind(viewModel.progressProperty());
        progressText.textProperty().bind(viewModel.progressTextProperty());
        headline.textProperty().bind(viewModel.headlineProperty());
        headline.visibleProperty().bind(viewModel.headlineProperty().isNotEmpty());
        headline.managedProperty().bind(headline.visibleProperty());
        Banner.bind(done, Banner.Kind.DONE, viewModel.doneProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> switch (step.get()) {
            case CHOOSE -> "Choose a month, then Preview to see every invoice the run would make.";
            case PREVIEWING -> "Working out the month's invoices…";
            default -> "No invoice to make.";
        }, step));
        columns();
        viewModel.plans().addListener((ListChangeListener<PlanLine>) c -> totals());
        viewModel.skipped().addListener((ListChangeListener<SkipGroup>) c -> skips());
        step.addListener((obs, old, now) -> {
            totals();
            skips();
        });
        totals();
        skips();
    }

    private void columns() {
        patientColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().patient()));
        patientColumn.setComparator(String.CASE_INSENSITIVE_ORDER);
        planColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().plan()));
        daysColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().days()));
        daysColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Integer days, boolean empty) {
                super.updateItem(days, empty);
                Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : row.days() == row.monthDays() ? "whole month" : row.days() + " of " + row.monthDays());
            }
        });
        amountColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().amount()));
        amountColumn.setCellFactory(column -> money(false));
        amountColumn.setComparator(Comparator.naturalOrder());
        discountColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().discount()));
        discountColumn.setCellFactory(column -> money(true));
        SortedList<Row> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }

    private static TableCell<Row, BigDecimal> money(boolean blankWhenZero) {
        return new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal amount, boolean empty) {
                super.updateItem(amount, empty);
                setText(empty || amount == null || blankWhenZero && amount.signum() == 0 ? null
                        : blankWhenZero ? "−" + Dollars.format(amount) : Dollars.format(amount));
            }
        };
    }

    /** One line per plan (name, invoices, billed), then the run's total. */
    private void totals() {
        planTotals.getChildren().clear();
        if (viewModel.plans().isEmpty()) {
            planTotals.addRow(0, muted(viewModel.stepProperty().get() == Step.CHOOSE ? "After a preview." : "None."));
            return;
        }
        int row = 0;
        int invoices = 0;
        BigDecimal billed = BigDecimal.ZERO.setScale(2);
        for (PlanLine line : viewModel.plans()) {
            planTotals.addRow(row++, new Label(line.plan()), right(Integer.toString(line.invoices())), right(Dollars.format(line.billed())));
            invoices += line.invoices();
            billed = billed.add(line.billed());
        }
        Label total = new Label("Total");
        Label count = right(Integer.toString(invoices));
        Label sum = right(Dollars.format(billed));
        for (Label l : new Label[] {total, count, sum}) {
            l.getStyleClass().add("total");
        }
        sum.setId("run-total");
        planTotals.addRow(row, total, count, sum);
    }

    /** Each reason with how many memberships it skips and whose. */
    private void skips() {
        skips.getChildren().clear();
        if (viewModel.skipped().isEmpty()) {
            skips.getChildren().add(muted(viewModel.stepProperty().get() == Step.CHOOSE ? "After a preview." : "Nothing."));
            return;
        }
        for (SkipGroup group : viewModel.skipped()) {
            Label reason = new Label(group.reason().words() + " · " + group.count());
            reason.getStyleClass().add("skip-reason");
            reason.setWrapText(true);
            reason.setId("run-skip-" + group.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            Label names = new Label(group.names());
            names.setWrapText(true);
            names.getStyleClass().add("text-muted");
            skips.getChildren().add(new VBox(2, reason, names));
        }
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        return label;
    }

    private static Label right(String text) {
        Label label = new Label(text);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add("figure");
        return label;
    }

    @FXML
    private void preview() {
        viewModel.preview();
    }

    @FXML
    private void make() {
        viewModel.make();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
