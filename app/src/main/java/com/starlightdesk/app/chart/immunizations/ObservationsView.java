package com.starlightdesk.app.chart.immunizations;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.chart.immunizations.ObservationsViewModel.Mode;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.parts.InView;
import com.starlightdesk.app.parts.RadioChoices;
import com.starlightdesk.app.parts.TypeAhead;
import com.starlightdesk.app.parts.UsDates;
import com.starlightdesk.data.domain.ImmunizationObservation;
import com.starlightdesk.data.domain.ObservationKind;
import com.starlightdesk.data.domain.ObservationRemoval;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Immunizations section's refusals and observations: binds the list (from {@link ImmunizationsViewModel}) and the
 * form that adds a refusal or a coded observation, or removes one with a reason, to {@link ObservationsViewModel}.
 * In the form Enter saves and Escape cancels (a pick list with text typed takes them first).
 */
public final class ObservationsView {
    private final ImmunizationsViewModel immunizations;
    private final ObservationsViewModel viewModel;

    @FXML private Button remove;
    @FXML private ListView<ImmunizationObservation> observationList;
    @FXML private Message done;
    @FXML private Message failure;
    @FXML private VBox form;
    @FXML private Label formTitle;
    @FXML private VBox refusalFields;
    @FXML private ComboBox<String> vaccineGroup;
    @FXML private Label vaccineGroupError;
    @FXML private VBox codedFields;
    @FXML private ToggleGroup kind;
    @FXML private FlowPane kindChoices;
    @FXML private Label kindError;
    @FXML private ObservationPicker code;
    @FXML private Label codeChosen;
    @FXML private Label codeError;
    @FXML private HBox dayAndNote;
    @FXML private DatePicker observedOn;
    @FXML private Label observedOnError;
    @FXML private TextField note;
    @FXML private Label noteError;
    @FXML private VBox removeFields;
    @FXML private ToggleGroup removal;
    @FXML private FlowPane removalChoices;
    @FXML private Label removalReasonError;
    @FXML private TextField removalNote;
    @FXML private Label removalNoteError;
    @FXML private Button save;

    public ObservationsView(ImmunizationsViewModel immunizations, ObservationsViewModel viewModel) {
        this.immunizations = immunizations;
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        observationList.setItems(immunizations.observations());
        observationList.setCellFactory(list -> new ObservationCell());
        remove.disableProperty().bind(Bindings.createBooleanBinding(() -> chosen() == null || chosen().isRemoved(),
                observationList.getSelectionModel().selectedItemProperty()));
        Banner.bind(done, Banner.Kind.DONE, viewModel.doneProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());

        FieldErrors errors = viewModel.errors();
        var mode = viewModel.modeProperty();
        show(form, mode.isNotEqualTo(Mode.CLOSED));
        show(refusalFields, mode.isEqualTo(Mode.REFUSAL));
        show(codedFields, mode.isEqualTo(Mode.OBSERVATION));
        show(dayAndNote, mode.isEqualTo(Mode.REFUSAL).or(mode.isEqualTo(Mode.OBSERVATION)));
        show(removeFields, mode.isEqualTo(Mode.REMOVE));
        formTitle.textProperty().bind(viewModel.formTitleProperty());

        vaccineGroup.getItems().setAll(viewModel.vaccineGroups());
        vaccineGroup.valueProperty().bindBidirectional(viewModel.vaccineGroupProperty());
        FieldError.show(vaccineGroup, vaccineGroupError, errors.of("vaccineGroup"));
        RadioChoices.bind(kind, kindChoices, ObservationsViewModel.CODED_KINDS.toArray(ObservationKind[]::new), ObservationKind::label,
                "observation-kind-", viewModel.kindProperty());
        FieldError.show(kindChoices, kindError, errors.of("kind"));
        code.bind(viewModel.picker());
        codeChosen.textProperty().bind(Bindings.createStringBinding(() -> viewModel.codeProperty().get() == null ? ""
                : viewModel.codeProperty().get().label(), viewModel.codeProperty()));
        FieldError.show(code, codeError, errors.of("observationCode"));
        UsDates.use(observedOn);
        observedOn.valueProperty().bindBidirectional(viewModel.observedOnProperty());
        FieldError.show(observedOn, observedOnError, errors.of("observedOn"));
        FieldError.bind(note, viewModel.noteProperty(), noteError, errors.of("note"));
        RadioChoices.bind(removal, removalChoices, ObservationRemoval.values(), ObservationRemoval::label, "observation-removal-",
                viewModel.removalReasonProperty());
        FieldError.show(removalChoices, removalReasonError, errors.of("removalReason"));
        FieldError.bind(removalNote, viewModel.removalNoteProperty(), removalNoteError, errors.of("removalNote"));
        save.disableProperty().bind(viewModel.busyProperty());
        form.addEventFilter(KeyEvent.KEY_PRESSED, this::formKeys);
        mode.addListener((obs, was, now) -> {
            switch (now) {
                case REFUSAL -> Platform.runLater(() -> bringForward(vaccineGroup));
                case OBSERVATION -> Platform.runLater(() -> bringForward(code));
                case REMOVE -> Platform.runLater(() -> bringForward(removalChoices.getChildren().get(0)));
                case CLOSED -> {
                    if (form.getScene() != null && isInForm(form.getScene().getFocusOwner())) {
                        observationList.requestFocus();
                    }
                }
            }
        });
    }

    private void formKeys(KeyEvent key) {
        if (key.getTarget() instanceof TypeAhead<?> picker && !picker.getText().isBlank()
                && (key.getCode() == KeyCode.ENTER || key.getCode() == KeyCode.ESCAPE)) {
            return; // the pick list's: Enter picks, Escape empties it
        }
        if (key.getCode() == KeyCode.ESCAPE) {
            viewModel.cancel();
            key.consume();
        } else if (key.getCode() == KeyCode.ENTER) {
            if (key.getTarget() instanceof Button button) {
                button.fire();
            } else if (!(key.getTarget() instanceof ComboBox<?> box && box.isShowing())) {
                observedOn.commitValue();
                viewModel.save();
            } else {
                return;
            }
            key.consume();
        }
    }

    /** Scrolls the section so the whole form shows (it opens under the list), then focuses {@code first}. */
    private void bringForward(Node first) {
        InView.bring(form);
        first.requestFocus();
    }

    private boolean isInForm(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == form) {
                return true;
            }
        }
        return false;
    }

    private static void show(Node node, javafx.beans.binding.BooleanExpression when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(node.visibleProperty());
    }

    private ImmunizationObservation chosen() {
        return observationList.getSelectionModel().getSelectedItem();
    }

    /** A refusal or observation; struck through once removed. */
    private final class ObservationCell extends ListCell<ImmunizationObservation> {
        ObservationCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ImmunizationObservation o, boolean empty) {
            super.updateItem(o, empty);
            getStyleClass().remove("removed");
            if (empty || o == null) {
                setText(null);
                return;
            }
            setText(immunizations.describe(o));
            if (o.isRemoved()) {
                getStyleClass().add("removed");
            }
        }
    }

    @FXML
    private void addRefusal() {
        viewModel.startRefusal();
    }

    @FXML
    private void addObservation() {
        viewModel.startObservation();
    }

    @FXML
    private void remove() {
        viewModel.startRemove(chosen());
    }

    @FXML
    private void save() {
        observedOn.commitValue();
        viewModel.save();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
