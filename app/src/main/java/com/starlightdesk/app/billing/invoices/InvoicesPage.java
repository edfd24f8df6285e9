package com.starlightdesk.app.billing.invoices;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.billing.BillingPage;
import com.starlightdesk.app.billing.BillingPlace;
import com.starlightdesk.app.billing.InvoiceWords;
import com.starlightdesk.app.billing.StatusChip;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.ChoiceLabels;
import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.data.domain.InvoiceKind;
import com.starlightdesk.data.domain.InvoiceStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * Billing, Invoices: binds the filters, the table and the side pane (the chosen invoice's detail, or a form at work) to
 * {@link InvoicesViewModel} and its forms. Reads the invoices each time the page comes on screen.
 */
public final class InvoicesPage {
    private final InvoicesViewModel viewModel;
    private final InvoiceForms forms;
    private final BillingPlace place;
    private final InvoiceDetailView detailView;
    private final InvoiceFormsView formsView;

    @FXML private BorderPane root;
    @FXML private Label count;
    @FXML private Button newVisitInvoice;
    @FXML private TextField words;
    @FXML private ComboBox<InvoiceStatus> status;
    @FXML private ComboBox<InvoiceKind> kind;
    @FXML private ComboBox<YearMonth> month;
    @FXML private Message done;
    @FXML private Message failure;
    @FXML private TableView<InvoiceRow> table;
    @FXML private Label placeholder;
    @FXML private TableColumn<InvoiceRow, String> numberColumn;
    @FXML private TableColumn<InvoiceRow, String> patientColumn;
    @FXML private TableColumn<InvoiceRow, String> kindColumn;
    @FXML private TableColumn<InvoiceRow, LocalDate> issuedColumn;
    @FXML private TableColumn<InvoiceRow, LocalDate> dueColumn;
    @FXML private TableColumn<InvoiceRow, BigDecimal> totalColumn;
    @FXML private TableColumn<InvoiceRow, BigDecimal> openColumn;
    @FXML private TableColumn<InvoiceRow, InvoiceStatus> statusColumn;
    @FXML private ScrollPane detailPane;
    @FXML private VBox detail;
    @FXML private Label nothingChosen;
    @FXML private ScrollPane formPane;
    @FXML private VBox form;

    public InvoicesPage(InvoicesViewModel viewModel, InvoiceForms forms, BillingPlace place, InvoiceDetailView detailView,
                        InvoiceFormsView formsView) {
        this.viewModel = viewModel;
        this.forms = forms;
        this.place = place;
        this.detailView = detailView;
        this.formsView = formsView;
    }

    @FXML
    private void initialize() {
        count.textProperty().bind(viewModel.countProperty());
        words.textProperty().bindBidirectional(viewModel.wordsProperty());
        status.getItems().setAll((InvoiceStatus) null);
        status.getItems().addAll(InvoiceStatus.PAID, InvoiceStatus.OVERDUE, InvoiceStatus.SENT, InvoiceStatus.DRAFT, InvoiceStatus.VOID);
        status.setConverter(ChoiceLabels.of(s -> s == null ? "Any status" : InvoiceWords.status(s)));
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        kind.getItems().setAll((InvoiceKind) null);
        kind.getItems().addAll(InvoiceKind.values());
        kind.setConverter(ChoiceLabels.of(k -> k == null ? "Any kind" : InvoiceWords.kind(k)));
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        month.setConverter(ChoiceLabels.of(m -> m == null ? "Any month" : InvoiceWords.month(m.atDay(1))));
        viewModel.months().addListener((javafx.collections.ListChangeListener<YearMonth>) c -> months());
        months();
        month.valueProperty().bindBidirectional(viewModel.monthProperty());
        Banner.bind(done, Banner.Kind.DONE, viewModel.doneProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        newVisitInvoice.disableProperty().bind(forms.openProperty());

        columns();
        SortedList<InvoiceRow> sorted = new SortedList<>(viewModel.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        placeholder.textProperty().bind(Bindings.when(viewModel.loadingProperty()).then("Reading the invoices…")
                .otherwise("No invoice matches. The billing run makes the month's membership invoices; a visit invoice starts from a completed visit."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && row != viewModel.chosenProperty().get()) {
                viewModel.chosenProperty().set(row);
            }
        });
        viewModel.chosenProperty().addListener((obs, old, row) -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        });

        detailView.bind(detail);
        detailPane.visibleProperty().bind(viewModel.detailProperty().isNotNull().and(forms.openProperty().not()));
        nothingChosen.visibleProperty().bind(viewModel.detailProperty().isNull().and(forms.openProperty().not()));
        formPane.visibleProperty().bind(forms.openProperty());
        formsView.bind(form);

        place.whenShown(BillingPage.INVOICES, viewModel::load);
    }

    private void months() {
        YearMonth keep = month.getValue();
        month.getItems().setAll((YearMonth) null);
        month.getItems().addAll(viewModel.months());
        month.setValue(keep);
    }

    private void columns() {
        numberColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().number()));
        patientColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().patient()));
        patientColumn.setComparator(String.CASE_INSENSITIVE_ORDER);
        kindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(InvoiceWords.kind(c.getValue().kind())));
        issuedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().issuedOn()));
        issuedColumn.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        issuedColumn.setCellFactory(col -> textCell(InvoiceWords::day));
        dueColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().dueDate()));
        dueColumn.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        dueColumn.setCellFactory(col -> textCell(InvoiceWords::day));
        totalColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().total()));
        totalColumn.setCellFactory(col -> textCell(Dollars::format));
        openColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().open()));
        openColumn.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        openColumn.setCellFactory(col -> textCell(Dollars::format));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        statusColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(InvoiceStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(null);
                setGraphic(empty || s == null ? null : StatusChip.of(s));
            }
        });
    }

    private static <T> TableCell<InvoiceRow, T> textCell(Function<T, String> words) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : words.apply(value));
            }
        };
    }

    @FXML
    private void newVisitInvoice() {
        forms.newVisitInvoice();
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }
}
