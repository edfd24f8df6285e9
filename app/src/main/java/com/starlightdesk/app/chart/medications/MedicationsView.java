package com.starlightdesk.app.chart.medications;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.chart.ActiveListView;
import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.parts.RadioChoices;
import com.starlightdesk.app.parts.UsDates;
import com.starlightdesk.data.domain.Medication;
import com.starlightdesk.data.domain.MedicationInactivation;
import com.starlightdesk.data.repo.MedicationList;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The chart's Medications section: binds the active table, the history and the form to
 * {@link MedicationsViewModel}, the parts every such section shares through {@link ActiveListView}. Enter on
 * a medication (or a double-click) opens it to change; in the form Enter saves and Escape cancels.
 */
public final class MedicationsView {
    private final OpenChart chart;
    private final MedicationsViewModel viewModel;

    @FXML private StackPane root;
    @FXML private Button add;
    @FXML private TableView<Medication> activeTable;
    @FXML private TableColumn<Medication, String> nameColumn;
    @FXML private TableColumn<Medication, String> doseColumn;
    @FXML private TableColumn<Medication, String> routeColumn;
    @FXML private TableColumn<Medication, String> frequencyColumn;
    @FXML private TableColumn<Medication, String> startedColumn;
    @FXML private TableColumn<Medication, String> stopsColumn;
    @FXML private TableColumn<Medication, String> prescriberColumn;
    @FXML private Button edit;
    @FXML private Button stop;
    @FXML private Button enteredInError;
    @FXML private ListView<Medication> historyList;
    @FXML private Button historyEnteredInError;
    @FXML private Message done;
    @FXML private Message failure;
    @FXML private VBox form;
    @FXML private Label formTitle;
    @FXML private VBox details;
    @FXML private TextField name;
    @FXML private Label nameError;
    @FXML private TextField dosage;
    @FXML private Label dosageError;
    @FXML private ComboBox<String> route;
    @FXML private Label routeError;
    @FXML private TextField frequency;
    @FXML private Label frequencyError;
    @FXML private DatePicker startedOn;
    @FXML private Label startedOnError;
    @FXML private DatePicker endedOn;
    @FXML private Label endedOnError;
    @FXML private ComboBox<MedicationsViewModel.Prescriber> prescriber;
    @FXML private TextField outsidePrescriber;
    @FXML private Label prescriberError;
    @FXML private VBox changeField;
    @FXML private DatePicker changedOn;
    @FXML private Label changedOnError;
    @FXML private VBox stopFields;
    @FXML private HBox reasonChoices;
    @FXML private ToggleGroup reason;
    @FXML private Label reasonError;
    @FXML private DatePicker stoppedOn;
    @FXML private Label stoppedOnError;
    @FXML private VBox noteField;
    @FXML private Label noteLabel;
    @FXML private TextField note;
    @FXML private Label noteError;
    @FXML private Button save;
    private ActiveListView<Medication> lists;

    public MedicationsView(OpenChart chart, MedicationsViewModel viewModel) {
        this.chart = chart;
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        root.setUserData(chart);
        boolean canChange = viewModel.canChange();
        add.setDisable(!canChange);

        lists = new ActiveListView<>(viewModel, activeTable, historyList, form, done, failure, Medication::id);
        column(nameColumn, Medication::name);
        column(doseColumn, Medication::dosage);
        column(routeColumn, Medication::route);
        column(frequencyColumn, Medication::frequency);
        column(startedColumn, m -> MedicationsViewModel.SHORT_DAY.format(m.startedOn()));
        column(stopsColumn, m -> m.endedOn() == null ? null : MedicationsViewModel.SHORT_DAY.format(m.endedOn()));
        column(prescriberColumn, viewModel::prescriberOf);
        lists.openWith(viewModel::startEdit);
        var nothingChosen = activeTable.getSelectionModel().selectedItemProperty().isNull();
        edit.disableProperty().bind(nothingChosen);
        stop.disableProperty().bind(nothingChosen);
        enteredInError.disableProperty().bind(nothingChosen);

        lists.historyReads(viewModel::describeInactive, m -> m.inactivationReason() == MedicationInactivation.ENTERED_IN_ERROR);
        historyEnteredInError.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Medication picked = historyList.getSelectionModel().getSelectedItem();
            return picked == null || picked.inactivationReason() == MedicationInactivation.ENTERED_IN_ERROR;
        }, historyList.getSelectionModel().selectedItemProperty(), viewModel.history()));
        bindForm();
    }

    private static void column(TableColumn<Medication, String> column, Function<Medication, String> value) {
        column.setCellValueFactory(c -> {
            String text = value.apply(c.getValue());
            return new ReadOnlyStringWrapper(text == null ? "" : text);
        });
    }

    private void bindForm() {
        FieldErrors errors = viewModel.errors();
        var mode = viewModel.modeProperty();
        form.visibleProperty().bind(mode.isNotEqualTo(MedicationsViewModel.Mode.CLOSED));
        form.managedProperty().bind(form.visibleProperty());
        shownWhile(details, mode.isEqualTo(MedicationsViewModel.Mode.ADD).or(mode.isEqualTo(MedicationsViewModel.Mode.EDIT)));
        shownWhile(changeField, mode.isEqualTo(MedicationsViewModel.Mode.EDIT));
        shownWhile(stopFields, mode.isEqualTo(MedicationsViewModel.Mode.STOP));
        shownWhile(noteField, mode.isEqualTo(MedicationsViewModel.Mode.STOP).or(mode.isEqualTo(MedicationsViewModel.Mode.ERROR)));
        noteLabel.textProperty().bind(Bindings.when(mode.isEqualTo(MedicationsViewModel.Mode.ERROR))
                .then("What was wrong").otherwise("Note (optional)"));
        formTitle.textProperty().bind(viewModel.formTitleProperty());

        FieldError.bind(name, viewModel.nameProperty(), nameError, errors.of("name"));
        FieldError.bind(dosage, viewModel.dosageProperty(), dosageError, errors.of("dosage"));
        route.getItems().setAll(MedicationList.ROUTES);
        route.valueProperty().bindBidirectional(viewModel.routeProperty());
        FieldError.show(route, routeError, errors.of("route"));
        FieldError.bind(frequency, viewModel.frequencyProperty(), frequencyError, errors.of("frequency"));
        date(startedOn, viewModel.startedOnProperty(), startedOnError, errors.of("startedOn"));
        date(endedOn, viewModel.endedOnProperty(), endedOnError, errors.of("endedOn"));
        prescriber.setItems(viewModel.prescribers());
        prescriber.valueProperty().bindBidirectional(viewModel.prescriberProperty());
        FieldError.show(prescriber, prescriberError, errors.of("prescriber"));
        outsidePrescriber.textProperty().bindBidirectional(viewModel.outsidePrescriberProperty());
        shownWhile(outsidePrescriber, Bindings.createBooleanBinding(() -> viewModel.prescriberProperty().get() != null
                && viewModel.prescriberProperty().get().outside(), viewModel.prescriberProperty()));
        date(changedOn, viewModel.changedOnProperty(), changedOnError, errors.of("changedOn"));
        RadioChoices.bind(reason, reasonChoices, MedicationsViewModel.stopReasons(), MedicationsViewModel::reasonLabel,
                "medication-reason-", viewModel.reasonProperty());
        FieldError.show(reasonChoices, reasonError, errors.of("reason"));
        date(stoppedOn, viewModel.stoppedOnProperty(), stoppedOnError, errors.of("stoppedOn"));
        FieldError.bind(note, viewModel.noteProperty(), noteError, errors.of("note"));
        save.disableProperty().bind(viewModel.busyProperty());

        lists.formKeys(viewModel::cancel, this::commitAndSave);
        mode.addListener((obs, was, now) -> {
            switch (now) {
                case ADD, EDIT -> Platform.runLater(() -> {
                    name.requestFocus();
                    name.end();
                });
                case STOP -> Platform.runLater(() -> stoppedOn.requestFocus());
                case ERROR -> Platform.runLater(() -> note.requestFocus());
                case CLOSED -> lists.formClosed();
            }
        });
    }

    private static void shownWhile(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    private static void date(DatePicker picker, javafx.beans.property.ObjectProperty<LocalDate> value, Label line,
            javafx.beans.property.ReadOnlyStringProperty message) {
        UsDates.use(picker);
        picker.valueProperty().bindBidirectional(value);
        FieldError.show(picker, line, message);
    }

    /** Takes what is typed in the date and route fields (they keep it until Enter or leaving them), then saves. */
    private void commitAndSave() {
        for (DatePicker picker : new DatePicker[] {startedOn, endedOn, changedOn, stoppedOn}) {
            picker.commitValue();
        }
        route.commitValue();
        viewModel.save();
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
    private void stop() {
        viewModel.startStop(lists.chosen());
    }

    @FXML
    private void enteredInError() {
        viewModel.startEnteredInError(lists.chosen());
    }

    @FXML
    private void historyEnteredInError() {
        viewModel.startEnteredInError(historyList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void save() {
        commitAndSave();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
