package com.starlightdesk.app.chart.medications;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.parts.RadioChoices;
import com.starlightdesk.app.parts.UsDates;
import com.starlightdesk.data.domain.Medication;
import com.starlightdesk.data.domain.MedicationInactivation;
import com.starlightdesk.data.repo.MedicationList;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The chart's Medications section: binds the active table, the history and the form to
 * {@link MedicationsViewModel}. Enter on a medication (or a double-click) opens it to change; in the form
 * Enter saves and Escape cancels.
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

    public MedicationsView(OpenChart chart, MedicationsViewModel viewModel) {
        this.chart = chart;
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        root.setUserData(chart);
        boolean canChange = viewModel.canChange();
        add.setDisable(!canChange);

        activeTable.setItems(viewModel.active());
        keepSelection(activeTable);
        column(nameColumn, Medication::name);
        column(doseColumn, Medication::dosage);
        column(routeColumn, Medication::route);
        column(frequencyColumn, Medication::frequency);
        column(startedColumn, m -> MedicationsViewModel.SHORT_DAY.format(m.startedOn()));
        column(stopsColumn, m -> m.endedOn() == null ? null : MedicationsViewModel.SHORT_DAY.format(m.endedOn()));
        column(prescriberColumn, viewModel::prescriberOf);
        activeTable.setRowFactory(table -> {
            TableRow<Medication> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.startEdit(row.getItem());
                }
            });
            return row;
        });
        activeTable.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER && chosen() != null) {
                viewModel.startEdit(chosen());
                key.consume();
            }
        });
        var nothingChosen = activeTable.getSelectionModel().selectedItemProperty().isNull();
        edit.disableProperty().bind(nothingChosen);
        stop.disableProperty().bind(nothingChosen);
        enteredInError.disableProperty().bind(nothingChosen);

        historyList.setItems(viewModel.history());
        historyList.setCellFactory(list -> new HistoryCell());
        historyEnteredInError.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Medication picked = historyList.getSelectionModel().getSelectedItem();
            return picked == null || picked.inactivationReason() == MedicationInactivation.ENTERED_IN_ERROR;
        }, historyList.getSelectionModel().selectedItemProperty(), viewModel.history()));

        Banner.bind(done, Banner.Kind.DONE, viewModel.doneProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
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

        form.addEventFilter(KeyEvent.KEY_PRESSED, this::formKeys);
        mode.addListener((obs, was, now) -> {
            switch (now) {
                case ADD, EDIT -> Platform.runLater(() -> {
                    name.requestFocus();
                    name.end();
                });
                case STOP -> Platform.runLater(() -> stoppedOn.requestFocus());
                case ERROR -> Platform.runLater(() -> note.requestFocus());
                case CLOSED -> {
                    if (form.getScene() != null && isInForm(form.getScene().getFocusOwner())) {
                        activeTable.requestFocus();
                    }
                }
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

    private boolean isInForm(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == form) {
                return true;
            }
        }
        return false;
    }

    private void formKeys(KeyEvent key) {
        if (key.getCode() == KeyCode.ESCAPE) {
            viewModel.cancel();
            key.consume();
        } else if (key.getCode() == KeyCode.ENTER) {
            if (key.getTarget() instanceof Button button) {
                button.fire();
            } else {
                commitAndSave();
            }
            key.consume();
        }
    }

    /** Takes what is typed in the date and route fields (they keep it until Enter or leaving them), then saves. */
    private void commitAndSave() {
        for (DatePicker picker : new DatePicker[] {startedOn, endedOn, changedOn, stoppedOn}) {
            picker.commitValue();
        }
        route.commitValue();
        viewModel.save();
    }

    private Medication chosen() {
        return activeTable.getSelectionModel().getSelectedItem();
    }

    /** A medication of the history; struck through when it was entered in error. */
    private final class HistoryCell extends ListCell<Medication> {
        HistoryCell() {
            setWrapText(true);
            setPrefWidth(0); // as wide as the list, the text wrapped within it
        }

        @Override
        protected void updateItem(Medication medication, boolean empty) {
            super.updateItem(medication, empty);
            getStyleClass().remove("entered-in-error");
            if (empty || medication == null) {
                setText(null);
                return;
            }
            setText(viewModel.describeInactive(medication));
            if (medication.inactivationReason() == MedicationInactivation.ENTERED_IN_ERROR) {
                getStyleClass().add("entered-in-error");
            }
        }
    }

    /** Keeps the chosen row chosen when the chart is read again (after a save here or a sync), if it is still listed. */
    private static void keepSelection(TableView<Medication> table) {
        UUID[] kept = new UUID[1];
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                kept[0] = now.id();
            }
        });
        table.getItems().addListener((ListChangeListener<Medication>) change -> {
            if (kept[0] != null && table.getSelectionModel().getSelectedItem() == null) {
                table.getItems().stream().filter(row -> row.id().equals(kept[0])).findFirst()
                        .ifPresent(row -> table.getSelectionModel().select(row));
            }
        });
    }

    @FXML
    private void add() {
        viewModel.startAdd();
    }

    @FXML
    private void edit() {
        viewModel.startEdit(chosen());
    }

    @FXML
    private void stop() {
        viewModel.startStop(chosen());
    }

    @FXML
    private void enteredInError() {
        viewModel.startEnteredInError(chosen());
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
