package com.starlightdesk.app.billing.payments;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.billing.BillingPage;
import com.starlightdesk.app.billing.BillingPlace;
import com.starlightdesk.app.billing.BillingPrintouts;
import com.starlightdesk.app.billing.StatusChip;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.ChoiceLabels;
import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.app.parts.PatientPicker;
import com.starlightdesk.app.parts.SaveLocation;
import com.starlightdesk.app.print.StatementSheet;
import com.starlightdesk.app.billing.InvoiceWords;
import com.starlightdesk.data.billing.AccountStanding;
import com.starlightdesk.data.billing.HouseholdStatement;
import com.starlightdesk.data.domain.InvoiceStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Billing, Payments: binds the household picker, the balance panel, the household's invoices and the Record payment
 * and Refund forms ({@link PaymentFormsView}) to {@link PaymentsViewModel}. Reads the household again each time the
 * page comes on screen.
 */
public final class PaymentsPage {
    private final PaymentsViewModel viewModel;
    private final PaymentFormsView formsView;
    private final BillingPlace place;
    private final BillingPrintouts printouts;
    private final SaveLocation saveLocation;

    @FXML private BorderPane root;
    @FXML private Button recordPayment;
    @FXML private Button refund;
    @FXML private ComboBox<YearMonth> statementMonth;
    @FXML private Button printStatement;
    @FXML private Button monthStatements;
    @FXML private ProgressBar statementsProgress;
    @FXML private Label statementsProgressWords;
    @FXML private PatientPicker picker;
    @FXML private Label householdName;
    @FXML private GridPane balance;
    @FXML private Message done;
    @FXML private Message failure;
    @FXML private TableView<PaymentsViewModel.HouseholdInvoice> table;
    @FXML private TableColumn<PaymentsViewModel.HouseholdInvoice, String> numberColumn;
    @FXML private TableColumn<PaymentsViewModel.HouseholdInvoice, String> patientColumn;
    @FXML private TableColumn<PaymentsViewModel.HouseholdInvoice, LocalDate> dueColumn;
    @FXML private TableColumn<PaymentsViewModel.HouseholdInvoice, BigDecimal> totalColumn;
    @FXML private TableColumn<PaymentsViewModel.HouseholdInvoice, BigDecimal> openColumn;
    @FXML private TableColumn<PaymentsViewModel.HouseholdInvoice, InvoiceStatus> statusColumn;
    @FXML private ScrollPane formPane;
    @FXML private VBox form;

    public PaymentsPage(PaymentsViewModel viewModel, PaymentFormsView formsView, BillingPlace place, BillingPrintouts printouts,
                        SaveLocation saveLocation) {
        this.viewModel = viewModel;
        this.formsView = formsView;
        this.place = place;
        this.printouts = printouts;
        this.saveLocation = saveLocation;
    }

    @FXML
    private void initialize() {
        picker.bind(viewModel.picker());
        householdName.textProperty().bind(viewModel.householdNameProperty());
        var noHousehold = viewModel.householdProperty().isNull();
        recordPayment.disableProperty().bind(noHousehold.or(viewModel.busyProperty()));
        refund.disableProperty().bind(noHousehold.or(viewModel.busyProperty()));
        statementMonth.setItems(viewModel.statementMonths());
        statementMonth.setConverter(ChoiceLabels.of(m -> m == null ? "" : InvoiceWords.month(m.atDay(1))));
        statementMonth.valueProperty().bindBidirectional(viewModel.statementMonthProperty());
        var noMonth = viewModel.statementMonthProperty().isNull();
        printStatement.disableProperty().bind(noHousehold.or(noMonth).or(printouts.busyProperty()));
        monthStatements.disableProperty().bind(noMonth.or(printouts.busyProperty()));
        statementsProgress.progressProperty().bind(printouts.progressProperty());
        statementsProgressWords.textProperty().bind(printouts.progressWordsProperty());
        var writing = printouts.progressWordsProperty().isNotEmpty();
        statementsProgress.visibleProperty().bind(writing);
        statementsProgress.managedProperty().bind(writing);
        Banner.bind(done, Banner.Kind.DONE, viewModel.doneProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        viewModel.standingProperty().addListener((obs, old, now) -> showBalance(now));
        viewModel.agingProperty().addListener((obs, old, now) -> showBalance(viewModel.standingProperty().get()));
        showBalance(viewModel.standingProperty().get());

        numberColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().number()));
        patientColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().patient()));
        dueColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().standing().dueDate()));
        dueColumn.setCellFactory(col -> textCell(InvoiceWords::day));
        totalColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().standing().total()));
        totalColumn.setCellFactory(col -> textCell(Dollars::format));
        openColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().standing().open()));
        openColumn.setCellFactory(col -> textCell(Dollars::format));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().standing().status()));
        statusColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(InvoiceStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(null);
                setGraphic(empty || s == null ? null : StatusChip.of(s));
            }
        });
        table.setItems(viewModel.invoices());
        formsView.bind(form);
        formPane.visibleProperty().bind(viewModel.formProperty().isNotEqualTo(PaymentsViewModel.Form.NONE));
        place.whenShown(BillingPage.PAYMENTS, viewModel::load);
    }

    private void showBalance(AccountStanding standing) {
        balance.getChildren().clear();
        balance.setVisible(standing != null);
        balance.setManaged(standing != null);
        if (standing == null) {
            return;
        }
        figure(0, "Open", Dollars.format(standing.openTotal()), "payment-balance-open");
        figure(1, "Credit on account", Dollars.format(standing.credit()), "payment-balance-credit");
        figure(2, standing.balance().signum() < 0 ? "Balance (the practice owes the family)" : "Balance",
                Dollars.format(standing.balance().abs()), "payment-balance-balance");
        HouseholdStatement.Aging aging = viewModel.agingProperty().get();
        if (aging != null) {
            Label gap = new Label();
            gap.setMinWidth(12);
            balance.add(gap, 3, 0);
            figure(4, "Current", Dollars.format(aging.current()), "payment-aging-current");
            figure(5, "1–30 days", Dollars.format(aging.days1to30()), "payment-aging-30");
            figure(6, "31–60", Dollars.format(aging.days31to60()), "payment-aging-60");
            figure(7, "61–90", Dollars.format(aging.days61to90()), "payment-aging-90");
            figure(8, "Over 90", Dollars.format(aging.over90()), "payment-aging-over-90");
        }
    }

    private void figure(int column, String name, String value, String id) {
        Label n = new Label(name);
        n.getStyleClass().add("fact-name");
        Label v = new Label(value);
        v.setId(id);
        v.getStyleClass().add("figure");
        balance.add(n, column, 0);
        balance.add(v, column, 1);
    }

    private static <T> TableCell<PaymentsViewModel.HouseholdInvoice, T> textCell(Function<T, String> words) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : words.apply(value));
            }
        };
    }

    @FXML
    private void printStatement() {
        YearMonth month = viewModel.statementMonthProperty().get();
        var household = viewModel.householdProperty().get();
        if (month == null || household == null) {
            return;
        }
        viewModel.clearNews();
        saveLocation.choose(window(), "Save the statement", StatementSheet.fileName(month, household), "PDF documents", "pdf")
                .ifPresent(file -> printouts.statement(household, month, file, viewModel.news()));
    }

    @FXML
    private void monthStatements() {
        YearMonth month = viewModel.statementMonthProperty().get();
        if (month == null) {
            return;
        }
        viewModel.clearNews();
        saveLocation.chooseFolder(window(), "The folder for " + InvoiceWords.month(month.atDay(1)) + "'s statements")
                .ifPresent(folder -> printouts.monthStatements(month, folder, viewModel.news()));
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @FXML
    private void recordPayment() {
        viewModel.startPayment();
    }

    @FXML
    private void refund() {
        viewModel.startRefund();
    }
}
