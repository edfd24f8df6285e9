package com.starlightdesk.app.chart.allergies;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.chart.ActiveListView;
import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.parts.RadioChoices;
import com.starlightdesk.app.parts.UsDates;
import com.starlightdesk.data.domain.Allergy;
import com.starlightdesk.data.domain.AllergyInactivation;
import com.starlightdesk.data.domain.AllergySeverity;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The chart's Allergies section: binds the active table, the history and the form to
 * {@link AllergiesViewModel}, the parts every such section shares through {@link ActiveListView}. Enter on
 * an allergy (or a double-click) edits it; in the form Enter saves and Escape cancels.
 */
public final class AllergiesView {
    private final OpenChart chart;
    private final AllergiesViewModel viewModel;

    @FXML private StackPane root;
    @FXML private Button add;
    @FXML private Button noneKnown;
    @FXML private Label recorded;
    @FXML private TableView<Allergy> activeTable;
    @FXML private TableColumn<Allergy, String> substanceColumn;
    @FXML private TableColumn<Allergy, String> reactionColumn;
    @FXML private TableColumn<Allergy, String> severityColumn;
    @FXML private TableColumn<Allergy, String> notedColumn;
    @FXML private Button edit;
    @FXML private Button inactivate;
    @FXML private ListView<Allergy> historyList;
    @FXML private Button reactivate;
    @FXML private Message done;
    @FXML private Message failure;
    @FXML private VBox form;
    @FXML private Label formTitle;
    @FXML private VBox details;
    @FXML private TextField substance;
    @FXML private Label substanceError;
    @FXML private TextField reaction;
    @FXML private Label reactionError;
    @FXML private HBox severityChoices;
    @FXML private ToggleGroup severity;
    @FXML private Label severityError;
    @FXML private DatePicker notedOn;
    @FXML private Label notedOnError;
    @FXML private VBox inactivation;
    @FXML private HBox reasonChoices;
    @FXML private ToggleGroup reason;
    @FXML private Label reasonError;
    @FXML private TextField note;
    @FXML private Label noteError;
    @FXML private Button save;
    private ActiveListView<Allergy> lists;

    public AllergiesView(OpenChart chart, AllergiesViewModel viewModel) {
        this.chart = chart;
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        root.setUserData(chart);
        recorded.textProperty().bind(viewModel.recordedProperty());
        noneKnown.disableProperty().bind(viewModel.canRecordNoneKnownProperty().not().or(viewModel.busyProperty()));
        add.disableProperty().bind(chart.readProperty().isNull());

        lists = new ActiveListView<>(viewModel, activeTable, historyList, form, done, failure, Allergy::id);
        substanceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().substance()));
        reactionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reaction() == null ? "" : c.getValue().reaction()));
        severityColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(AllergiesViewModel.severityLabel(c.getValue().severity())));
        notedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(AllergiesViewModel.DAY.format(c.getValue().notedOn())));
        activeTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(Allergy allergy, boolean empty) {
                super.updateItem(allergy, empty);
                getStyleClass().remove("severe");
                if (!empty && allergy != null && allergy.severity() == AllergySeverity.SEVERE) {
                    getStyleClass().add("severe");
                }
            }
        });
        lists.openWith(viewModel::startEdit);
        edit.disableProperty().bind(activeTable.getSelectionModel().selectedItemProperty().isNull());
        inactivate.disableProperty().bind(activeTable.getSelectionModel().selectedItemProperty().isNull());

        lists.historyReads(viewModel::describeInactive, a -> a.inactivationReason() == AllergyInactivation.ENTERED_IN_ERROR);
        reactivate.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            Allergy picked = historyList.getSelectionModel().getSelectedItem();
            return picked == null || !AllergiesViewModel.canReactivate(picked);
        }, historyList.getSelectionModel().selectedItemProperty()).or(viewModel.busyProperty()));
        bindForm();
    }

    private void bindForm() {
        FieldErrors errors = viewModel.errors();
        form.visibleProperty().bind(viewModel.modeProperty().isNotEqualTo(AllergiesViewModel.Mode.CLOSED));
        form.managedProperty().bind(form.visibleProperty());
        details.visibleProperty().bind(viewModel.modeProperty().isEqualTo(AllergiesViewModel.Mode.ADD)
                .or(viewModel.modeProperty().isEqualTo(AllergiesViewModel.Mode.EDIT)));
        details.managedProperty().bind(details.visibleProperty());
        inactivation.visibleProperty().bind(viewModel.modeProperty().isEqualTo(AllergiesViewModel.Mode.INACTIVATE));
        inactivation.managedProperty().bind(inactivation.visibleProperty());
        formTitle.textProperty().bind(viewModel.formTitleProperty());
        FieldError.bind(substance, viewModel.substanceProperty(), substanceError, errors.of("substance"));
        FieldError.bind(reaction, viewModel.reactionProperty(), reactionError, errors.of("reaction"));
        RadioChoices.bind(severity, severityChoices, AllergySeverity.values(), AllergiesViewModel::severityLabel, "allergy-severity-",
                viewModel.severityProperty());
        FieldError.show(severityChoices, severityError, errors.of("severity"));
        UsDates.use(notedOn);
        notedOn.valueProperty().bindBidirectional(viewModel.notedOnProperty());
        FieldError.show(notedOn, notedOnError, errors.of("notedOn"));
        RadioChoices.bind(reason, reasonChoices, AllergyInactivation.values(), AllergiesViewModel::reasonLabel, "allergy-reason-",
                viewModel.reasonProperty());
        FieldError.show(reasonChoices, reasonError, errors.of("reason"));
        FieldError.bind(note, viewModel.noteProperty(), noteError, errors.of("note"));
        save.disableProperty().bind(viewModel.busyProperty());
        lists.formKeys(viewModel::cancel, this::save);
        viewModel.modeProperty().addListener((obs, was, now) -> {
            if (now == AllergiesViewModel.Mode.ADD || now == AllergiesViewModel.Mode.EDIT) {
                Platform.runLater(() -> {
                    substance.requestFocus();
                    substance.end();
                });
            } else if (now == AllergiesViewModel.Mode.INACTIVATE) {
                Platform.runLater(() -> reasonChoices.getChildren().get(0).requestFocus());
            } else {
                lists.formClosed();
            }
        });
    }

    @FXML
    private void add() {
        viewModel.startAdd();
    }

    @FXML
    private void edit() {
        viewModel.startEdit(lists.chosen());
    }

    @FXML
    private void inactivate() {
        viewModel.startInactivate(lists.chosen());
    }

    @FXML
    private void reactivate() {
        viewModel.reactivate(historyList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void recordNoneKnown() {
        viewModel.recordNoKnownAllergies();
    }

    @FXML
    private void save() {
        notedOn.commitValue();
        viewModel.save();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
