package com.starlightdesk.app.settings.feeschedule;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.app.parts.EmptyState;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.data.domain.FeeScheduleEntry;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The Fee schedule page of Settings: binds to {@link FeeScheduleViewModel} and delegates its buttons. */
public final class FeeScheduleView {
    private final FeeScheduleViewModel viewModel;

    @FXML private TableView<FeeScheduleEntry> table;
    @FXML private TableColumn<FeeScheduleEntry, String> codeColumn;
    @FXML private TableColumn<FeeScheduleEntry, String> descriptionColumn;
    @FXML private TableColumn<FeeScheduleEntry, String> priceColumn;
    @FXML private TableColumn<FeeScheduleEntry, String> coveredColumn;
    @FXML private TableColumn<FeeScheduleEntry, String> cvxColumn;
    @FXML private TableColumn<FeeScheduleEntry, String> stateColumn;
    @FXML private VBox form;
    @FXML private Label formTitle;
    @FXML private TextField cptCode;
    @FXML private Label cptCodeError;
    @FXML private TextField description;
    @FXML private Label descriptionError;
    @FXML private TextField price;
    @FXML private Label priceError;
    @FXML private CheckBox covered;
    @FXML private TextField cvx;
    @FXML private Label cvxError;
    @FXML private Button save;
    @FXML private Button deactivate;
    @FXML private Message done;
    @FXML private Message failure;

    public FeeScheduleView(FeeScheduleViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        table.setItems(viewModel.entries());
        codeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cptCode()));
        descriptionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().description()));
        priceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Dollars.format(c.getValue().price())));
        coveredColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().coveredByMembership() ? "Covered" : ""));
        cvxColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cvx() == null ? "" : c.getValue().cvx()));
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().isActive() ? "" : "inactive"));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(FeeScheduleEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("inactive"), !empty && entry != null && !entry.isActive());
            }
        });
        table.setPlaceholder(emptyState());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            FeeScheduleEntry editing = viewModel.chosenProperty().get();
            if (entry != null && (editing == null || !editing.id().equals(entry.id()))) {
                viewModel.edit(entry);
            }
        });
        viewModel.chosenProperty().addListener((obs, old, entry) -> {
            if (entry == null) {
                table.getSelectionModel().clearSelection();
            } else if (entry != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(entry);
            }
        });
        form.visibleProperty().bind(viewModel.formOpenProperty());
        form.managedProperty().bind(form.visibleProperty());
        formTitle.textProperty().bind(viewModel.formTitle());
        FieldError.bind(cptCode, viewModel.cptCodeProperty(), cptCodeError, viewModel.errors().of("cptCode"));
        FieldError.bind(description, viewModel.descriptionProperty(), descriptionError, viewModel.errors().of("description"));
        FieldError.bind(price, viewModel.priceProperty(), priceError, viewModel.errors().of("price"));
        FieldError.bind(cvx, viewModel.cvxProperty(), cvxError, viewModel.errors().of("cvx"));
        covered.selectedProperty().bindBidirectional(viewModel.coveredProperty());
        deactivate.textProperty().bind(viewModel.activationAction());
        save.disableProperty().bind(viewModel.busyProperty());
        deactivate.disableProperty().bind(viewModel.chosenProperty().isNull().or(viewModel.busyProperty()));
        Banner.bind(done, Banner.Kind.DONE, viewModel.doneProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        viewModel.load();
    }

    /** What the table shows while the practice has no fee schedule: what an entry is, and the way to add the first. */
    private EmptyState emptyState() {
        EmptyState empty = new EmptyState("", "No services in the fee schedule yet.",
                "Add the services you bill, in your own words — e.g. 99213, Sick visit, established, $120.");
        empty.setId("fees-empty");
        empty.addAction("fee-add-first", "Add your first service", this::add);
        empty.visibleProperty().bind(viewModel.emptyProperty());
        return empty;
    }

    @FXML
    private void add() {
        viewModel.add();
        cptCode.requestFocus();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void changeActivation() {
        viewModel.changeActivation();
    }
}
