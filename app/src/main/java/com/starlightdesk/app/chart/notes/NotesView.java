package com.starlightdesk.app.chart.notes;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.ChoiceLabels;
import com.starlightdesk.app.parts.EmptyState;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.data.domain.LabFlag;
import com.starlightdesk.data.domain.NoteTemplate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The chart's Notes section: binds to {@link NotesViewModel} and delegates its buttons. The list shows each
 * record with its status; the editor's parts are read-only once a record is signed.
 */
public final class NotesView {
    private final OpenChart chart;
    private final NotesViewModel viewModel;

    @FXML private StackPane root;
    @FXML private ComboBox<NoteTemplate> template;
    @FXML private Button newNote;
    @FXML private Button newLab;
    @FXML private Button newRx;
    @FXML private ListView<NoteEntry> list;
    @FXML private Label heading;
    @FXML private Label saveState;
    @FXML private Message failure;
    @FXML private Message done;
    @FXML private Label nothing;
    @FXML private VBox noteForm;
    @FXML private TextArea subjective;
    @FXML private TextArea objective;
    @FXML private TextArea assessment;
    @FXML private TextArea plan;
    @FXML private ListView<ProblemLink> problems;
    @FXML private Label problemsError;
    @FXML private GridPane labForm;
    @FXML private TextField labTest;
    @FXML private Label labTestError;
    @FXML private TextField labResult;
    @FXML private Label labResultError;
    @FXML private TextField labUnits;
    @FXML private TextField labRange;
    @FXML private ComboBox<LabFlag> labFlag;
    @FXML private TextField labCollected;
    @FXML private Label labCollectedError;
    @FXML private GridPane rxForm;
    @FXML private TextField rxDrug;
    @FXML private Label rxDrugError;
    @FXML private TextField rxDose;
    @FXML private Label rxDoseError;
    @FXML private TextField rxRoute;
    @FXML private Label rxRouteError;
    @FXML private TextField rxFrequency;
    @FXML private Label rxFrequencyError;
    @FXML private TextField rxQuantity;
    @FXML private Label rxQuantityError;
    @FXML private TextField rxRefills;
    @FXML private Label rxRefillsError;
    @FXML private TextArea rxInstructions;
    @FXML private VBox confirm;
    @FXML private Button saveForm;
    @FXML private Button sign;
    @FXML private Button addendum;
    @FXML private Button discard;

    public NotesView(OpenChart chart, NotesViewModel viewModel) {
        this.chart = chart;
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        root.setUserData(chart);
        template.setItems(viewModel.templates());
        template.setConverter(ChoiceLabels.of(t -> t == null ? "No template" : t.name()));
        template.valueProperty().bindBidirectional(viewModel.templateProperty());
        boolean charts = viewModel.canChart();
        for (Node n : List.of(template, newNote, newLab, newRx)) {
            n.setDisable(!charts);
        }

        list.setItems(viewModel.entries());
        list.setCellFactory(view -> new EntryCell());
        EmptyState empty = new EmptyState("", "No notes yet.", "Start a visit note, or record a lab result or a prescription.");
        empty.setId("notes-empty");
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> viewModel.select(entry));
        viewModel.recordProperty().addListener((obs, old, now) -> {
            NoteEntry selected = list.getSelectionModel().getSelectedItem();
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (selected == null || !selected.record().id().equals(now.id())) {
                viewModel.entries().stream().filter(e -> e.record().id().equals(now.id())).findFirst()
                        .ifPresent(e -> list.getSelectionModel().select(e));
            }
        });

        heading.textProperty().bind(viewModel.headingProperty());
        saveState.textProperty().bind(viewModel.saveStateProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        Banner.bind(done, Banner.Kind.DONE, viewModel.doneProperty());

        showWhen(nothing, viewModel.editingProperty().isEqualTo(NotesViewModel.Editing.NOTHING));
        showWhen(noteForm, viewModel.editingProperty().isEqualTo(NotesViewModel.Editing.NOTE));
        showWhen(labForm, viewModel.editingProperty().isEqualTo(NotesViewModel.Editing.LAB_RESULT));
        showWhen(rxForm, viewModel.editingProperty().isEqualTo(NotesViewModel.Editing.PRESCRIPTION));

        bindPart(subjective, viewModel.subjectiveProperty());
        bindPart(objective, viewModel.objectiveProperty());
        bindPart(assessment, viewModel.assessmentProperty());
        bindPart(plan, viewModel.planProperty());
        problems.setItems(viewModel.shownProblems());
        problems.setCellFactory(view -> new ProblemCell());
        Label noProblems = new Label();
        noProblems.textProperty().bind(Bindings.when(viewModel.readOnlyProperty())
                .then("No problem on the chart's list is linked to this note.").otherwise("No problems on this chart's list."));
        problems.setPlaceholder(noProblems);
        FieldError.show(problems, problemsError, viewModel.errors().of("diagnosisIds"));

        FieldError.bind(labTest, viewModel.labTestName(), labTestError, viewModel.errors().of("testName"));
        FieldError.bind(labResult, viewModel.labResult(), labResultError, viewModel.errors().of("result"));
        labUnits.textProperty().bindBidirectional(viewModel.labUnits());
        labRange.textProperty().bindBidirectional(viewModel.labReferenceRange());
        labFlag.getItems().setAll(LabFlag.values());
        labFlag.setConverter(ChoiceLabels.of(f -> f == null ? "" : f == LabFlag.NORMAL ? "Normal" : "Abnormal"));
        labFlag.valueProperty().bindBidirectional(viewModel.labFlag());
        FieldError.bind(labCollected, viewModel.labCollectedOn(), labCollectedError, viewModel.errors().of("collectedOn"));
        FieldError.bind(rxDrug, viewModel.rxDrug(), rxDrugError, viewModel.errors().of("drug"));
        FieldError.bind(rxDose, viewModel.rxDose(), rxDoseError, viewModel.errors().of("dose"));
        FieldError.bind(rxRoute, viewModel.rxRoute(), rxRouteError, viewModel.errors().of("route"));
        FieldError.bind(rxFrequency, viewModel.rxFrequency(), rxFrequencyError, viewModel.errors().of("frequency"));
        FieldError.bind(rxQuantity, viewModel.rxQuantity(), rxQuantityError, viewModel.errors().of("quantity"));
        FieldError.bind(rxRefills, viewModel.rxRefills(), rxRefillsError, viewModel.errors().of("refills"));
        rxInstructions.textProperty().bindBidirectional(viewModel.rxInstructions());
        for (TextInputControl field : List.of(labTest, labResult, labUnits, labRange, labCollected, rxDrug, rxDose, rxRoute,
                rxFrequency, rxQuantity, rxRefills, rxInstructions)) {
            field.editableProperty().bind(viewModel.readOnlyProperty().not());
        }
        labFlag.disableProperty().bind(viewModel.readOnlyProperty());

        showWhen(confirm, viewModel.confirmingSignProperty());
        BooleanExpression form = viewModel.editingProperty().isEqualTo(NotesViewModel.Editing.LAB_RESULT)
                .or(viewModel.editingProperty().isEqualTo(NotesViewModel.Editing.PRESCRIPTION));
        showWhen(saveForm, form.and(viewModel.readOnlyProperty().not()));
        saveForm.disableProperty().bind(viewModel.busyProperty());
        showWhen(sign, viewModel.canSign());
        sign.disableProperty().bind(viewModel.busyProperty().or(viewModel.recordProperty().isNull()));
        showWhen(addendum, viewModel.canAddAddendum());
        addendum.disableProperty().bind(viewModel.busyProperty());
        showWhen(discard, Bindings.createBooleanBinding(() -> viewModel.recordProperty().get() != null
                && !viewModel.recordProperty().get().isSigned() && !viewModel.readOnlyProperty().get(),
                viewModel.recordProperty(), viewModel.readOnlyProperty()));
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                viewModel.saveNow();
                e.consume();
            }
        });
    }

    private void bindPart(TextArea area, javafx.beans.property.StringProperty part) {
        area.textProperty().bindBidirectional(part);
        area.editableProperty().bind(viewModel.readOnlyProperty().not());
        viewModel.readOnlyProperty().addListener((obs, was, now) -> area.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("read-only"), now));
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(node.visibleProperty());
    }

    @FXML
    private void newNote() {
        viewModel.newNote();
        subjective.requestFocus();
    }

    @FXML
    private void newLabResult() {
        viewModel.newLabResult();
        labTest.requestFocus();
    }

    @FXML
    private void newPrescription() {
        viewModel.newPrescription();
        rxDrug.requestFocus();
    }

    @FXML
    private void saveForm() {
        viewModel.saveForm();
    }

    @FXML
    private void askToSign() {
        viewModel.askToSign();
    }

    @FXML
    private void confirmSign() {
        viewModel.confirmSign();
    }

    @FXML
    private void cancelSign() {
        viewModel.cancelSign();
    }

    @FXML
    private void addAddendum() {
        viewModel.addAddendum();
    }

    @FXML
    private void discardDraft() {
        viewModel.discardDraft();
    }

    /** A record in the list: what it is and when, then Draft or who signed it when; addenda indented under their note. */
    private static final class EntryCell extends ListCell<NoteEntry> {
        private final Label title = new Label();
        private final Label when = new Label();
        private final Label status = new Label();
        private final VBox row = new VBox(title, when, status);

        EntryCell() {
            // As wide as the list: a long title or signer wraps instead of running off under a sideways scroll bar.
            setPrefWidth(0);
            for (Label line : List.of(title, when, status)) {
                line.setWrapText(true);
                line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            row.getStyleClass().add("note-row");
            title.getStyleClass().add("note-title");
            when.getStyleClass().add("note-when");
            status.getStyleClass().add("note-status");
        }

        @Override
        protected void updateItem(NoteEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            row.getStyleClass().removeAll("addendum", "draft");
            if (empty || entry == null) {
                setGraphic(null);
                setText(null);
                setId(null);
                setAccessibleText(null);
                return;
            }
            title.setText(entry.title());
            when.setText(entry.when());
            status.setText(entry.status());
            if (entry.addendum()) {
                row.getStyleClass().add("addendum");
            }
            if (!entry.signed()) {
                row.getStyleClass().add("draft");
            }
            setId("note-" + entry.record().id());
            setText(null);
            setGraphic(row);
            setAccessibleText(entry.title() + ", " + entry.when() + ", " + entry.status());
        }
    }

    /** A problem of the chart with a check box: linked by the assessment or not. */
    private final class ProblemCell extends ListCell<ProblemLink> {
        private final CheckBox box = new CheckBox();
        private ProblemLink bound;

        ProblemCell() {
            box.disableProperty().bind(viewModel.readOnlyProperty());
        }

        @Override
        protected void updateItem(ProblemLink link, boolean empty) {
            super.updateItem(link, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.linkedProperty());
                bound = null;
            }
            if (empty || link == null) {
                setGraphic(null);
                return;
            }
            box.setText(link.label());
            box.selectedProperty().bindBidirectional(link.linkedProperty());
            bound = link;
            setGraphic(box);
        }
    }
}
