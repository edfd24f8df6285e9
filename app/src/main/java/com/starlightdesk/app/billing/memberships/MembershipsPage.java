package com.starlightdesk.app.billing.memberships;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.billing.BillingPage;
import com.starlightdesk.app.billing.BillingPlace;
import com.starlightdesk.app.billing.memberships.MembershipsViewModel.Form;
import com.starlightdesk.app.billing.memberships.MembershipsViewModel.PlanChoice;
import com.starlightdesk.app.billing.memberships.MembershipsViewModel.Row;
import com.starlightdesk.app.billing.memberships.MembershipsViewModel.StatusChoice;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.ChoiceLabels;
import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.app.parts.PatientPicker;
import com.starlightdesk.app.parts.PatientPickerViewModel;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.SubscriptionStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** Billing, Memberships: binds to {@link MembershipsViewModel}. */
public final class MembershipsPage {
    private static final PseudoClass CANCELLED = PseudoClass.getPseudoClass("cancelled");

    private final MembershipsViewModel viewModel;
    private final BillingPlace place;

    @FXML private ComboBox<StatusChoice> status;
    @FXML private ComboBox<PlanChoice> plan;
    @FXML private TextField text;
    @FXML private Label count;
    @FXML private TableView<Row> table;
    @FXML private Label placeholder;
    @FXML private TableColumn<Row, String> patientColumn;
    @FXML private TableColumn<Row, String> planColumn;
    @FXML private TableColumn<Row, String> statusColumn;
    @FXML private TableColumn<Row, LocalDate> startedColumn;
    @FXML private TableColumn<Row, LocalDate> endedColumn;
    @FXML private TableColumn<Row, BigDecimal> feeColumn;
    @FXML private Label chosenTitle;
    @FXML private FlowPane actions;
    @FXML private Button pause;
    @FXML private Button resume;
    @FXML private Button cancelMembership;
    @FXML private Button fee;
    @FXML private Message done;
    @FXML private Message failure;
    @FXML private VBox form;
    @FXML private Label formTitle;
    @FXML private VBox enrolFields;
    @FXML private PatientPicker patientPicker;
    @FXML private Label patientChosen;
    @FXML private Label patientError;
    @FXML private ComboBox<MembershipPlan> planChoice;
    @FXML private Label proposal;
    @FXML private Label planError;
    @FXML private VBox planReasonField;
    @FXML private TextField planReason;
    @FXML private Label planReasonError;
    @FXML private Label dayLabel;
    @FXML private TextField day;
    @FXML private Label dayError;
    @FXML private VBox amountField;
    @FXML private TextField amount;
    @FXML private Label amountError;
    @FXML private VBox reasonField;
    @FXML private Label reasonLabel;
    @FXML private TextField reason;
    @FXML private Label reasonError;
    @FXML private Button save;
    @FXML private Label historyTitle;
    @FXML private VBox history;

    public MembershipsPage(MembershipsViewModel viewModel, BillingPlace place) {
        this.viewModel = viewModel;
        this.place = place;
    }

    @FXML
    private void initialize() {
        filters();
        columns();
        side();
        formFields();
        place.whenShown(BillingPage.MEMBERSHIPS, viewModel::load);
    }

    private void filters() {
        status.setItems(viewModel.statuses());
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        plan.setItems(viewModel.planChoices());
        plan.valueProperty().bindBidirectional(viewModel.planFilterProperty());
        text.textProperty().bindBidirectional(viewModel.textProperty());
        count.textProperty().bind(viewModel.countProperty());
        placeholder.textProperty().bind(Bindings.when(viewModel.loadedProperty())
                .then("No membership matches. Enrol a patient to start one.").otherwise("Reading the memberships…"));
    }

    private void columns() {
        patientColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().patient()));
        patientColumn.setComparator(String.CASE_INSENSITIVE_ORDER);
        planColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().plan()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(statusWords(c.getValue().status())));
        startedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().membership().startedAt()));
        startedColumn.setCellFactory(column -> dateCell());
        endedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().membership().endedAt()));
        endedColumn.setCellFactory(column -> dateCell());
        endedColumn.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        feeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().fee()));
        feeColumn.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        feeColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal value, boolean empty) {
                super.updateItem(value, empty);
                Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null || value == null ? null : Dollars.format(value) + (row.ownFee() ? " (own)" : ""));
            }
        });
        SortedList<Row> sorted = new SortedList<>(viewModel.memberships());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Row item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(CANCELLED, !empty && item != null && item.status() == SubscriptionStatus.CANCELLED);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.choose(row);
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
    }

    private static String statusWords(SubscriptionStatus status) {
        return switch (status) {
            case ACTIVE -> "Active";
            case PAUSED -> "Paused";
            case CANCELLED -> "Cancelled";
        };
    }

    private static <T> TableCell<T, LocalDate> dateCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(LocalDate value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : MembershipsViewModel.day(value));
            }
        };
    }

    private void side() {
        var chosen = viewModel.chosenProperty();
        chosenTitle.textProperty().bind(Bindings.createStringBinding(() -> chosen.get() == null
                ? "Choose a membership to see its history and change it."
                : chosen.get().patient() + " · " + chosen.get().plan() + ", " + statusWords(chosen.get().status()).toLowerCase(), chosen));
        pause.disableProperty().bind(Bindings.createBooleanBinding(() -> !is(SubscriptionStatus.ACTIVE), chosen));
        resume.disableProperty().bind(Bindings.createBooleanBinding(() -> !is(SubscriptionStatus.PAUSED), chosen));
        cancelMembership.disableProperty().bind(Bindings.createBooleanBinding(() -> chosen.get() == null
                || chosen.get().status() == SubscriptionStatus.CANCELLED, chosen));
        fee.disableProperty().bind(cancelMembership.disableProperty());
        show(actions, chosen.isNotNull());
        Banner.bind(done, Banner.Kind.DONE, viewModel.doneProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        show(historyTitle, chosen.isNotNull());
        viewModel.history().addListener((ListChangeListener<String>) c -> {
            history.getChildren().setAll(viewModel.history().stream().map(line -> {
                Label label = new Label(line);
                label.setWrapText(true);
                return (Node) label;
            }).toList());
        });
    }

    private boolean is(SubscriptionStatus wanted) {
        Row row = viewModel.chosenProperty().get();
        return row != null && row.status() == wanted;
    }

    private void formFields() {
        var which = viewModel.formProperty();
        show(form, which.isNotEqualTo(Form.NONE));
        show(enrolFields, which.isEqualTo(Form.ENROL));
        show(amountField, which.isEqualTo(Form.FEE));
        show(reasonField, Bindings.createBooleanBinding(() -> which.get() == Form.PAUSE || which.get() == Form.CANCEL
                || which.get() == Form.FEE, which));
        formTitle.textProperty().bind(Bindings.createStringBinding(() -> switch (which.get()) {
            case ENROL -> "Enrol a patient";
            case PAUSE -> "Pause the membership";
            case RESUME -> "Resume the membership";
            case CANCEL -> "Cancel the membership";
            case FEE -> "The patient's own monthly fee";
            case NONE -> "";
        }, which));
        dayLabel.textProperty().bind(Bindings.createStringBinding(() -> switch (which.get()) {
            case ENROL -> "Start date";
            case PAUSE -> "Paused from (the first day not billed)";
            case RESUME -> "Resumes on (the first day billed again)";
            case CANCEL -> "Last day billed";
            case FEE, NONE -> "From";
        }, which));
        reasonLabel.textProperty().bind(Bindings.when(which.isEqualTo(Form.CANCEL)).then("Why it ends").otherwise("Reason (optional)"));

        PatientPickerViewModel picker = viewModel.patientPicker();
        patientPicker.bind(picker);
        patientChosen.textProperty().bind(Bindings.createStringBinding(() -> viewModel.patientProperty().get() == null ? ""
                : "Chosen: " + PatientPickerViewModel.describe(viewModel.patientProperty().get()), viewModel.patientProperty()));
        show(patientChosen, viewModel.patientProperty().isNotNull());
        FieldError.show(patientPicker, patientError, viewModel.errors().of("patient"));
        planChoice.setItems(viewModel.activePlans());
        planChoice.setConverter(ChoiceLabels.of(p -> p == null ? "" : p.name() + ", " + Dollars.format(p.monthlyFee()) + "/month"));
        planChoice.valueProperty().bindBidirectional(viewModel.planProperty());
        proposal.textProperty().bind(viewModel.proposalProperty());
        FieldError.show(planChoice, planError, viewModel.errors().of("plan"));
        show(planReasonField, viewModel.otherPlanProperty());
        FieldError.bind(planReason, viewModel.planReasonProperty(), planReasonError, viewModel.errors().of("planReason"));
        FieldError.bind(day, viewModel.dayProperty(), dayError, viewModel.errors().of("day"));
        FieldError.bind(amount, viewModel.amountProperty(), amountError, viewModel.errors().of("amount"));
        FieldError.bind(reason, viewModel.reasonProperty(), reasonError, viewModel.errors().of("reason"));
        save.disableProperty().bind(viewModel.busyProperty());
    }

    private static void show(Node node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(node.visibleProperty());
    }

    @FXML
    private void enrol() {
        viewModel.startEnrol();
        patientPicker.requestFocus();
    }

    @FXML
    private void pause() {
        viewModel.startPause();
        day.requestFocus();
    }

    @FXML
    private void resume() {
        viewModel.startResume();
        day.requestFocus();
    }

    @FXML
    private void cancelMembership() {
        viewModel.startCancel();
        day.requestFocus();
    }

    @FXML
    private void fee() {
        viewModel.startFee();
        amount.requestFocus();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void closeForm() {
        viewModel.closeForm();
    }
}
