package com.starlightdesk.app.settings.notetemplates;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.ChoiceLabels;
import com.starlightdesk.app.parts.EmptyState;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.data.domain.NoteKind;
import com.starlightdesk.data.domain.NoteTemplate;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The Note templates page of Settings: binds to {@link NoteTemplatesViewModel} and delegates its buttons. */
public final class NoteTemplatesView {
    private final NoteTemplatesViewModel viewModel;

    @FXML private ListView<NoteTemplate> list;
    @FXML private VBox form;
    @FXML private Label formTitle;
    @FXML private TextField name;
    @FXML private Label nameError;
    @FXML private ComboBox<NoteKind> kind;
    @FXML private TextField fromMonths;
    @FXML private Label fromMonthsError;
    @FXML private TextField toMonths;
    @FXML private Label toMonthsError;
    @FXML private TextArea subjective;
    @FXML private TextArea objective;
    @FXML private TextArea assessment;
    @FXML private TextArea plan;
    @FXML private CheckBox active;
    @FXML private Button save;
    @FXML private Message done;
    @FXML private Message failure;

    public NoteTemplatesView(NoteTemplatesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        list.setItems(viewModel.templates());
        list.setCellFactory(view -> new TemplateCell());
        EmptyState empty = new EmptyState("", "No note templates yet.", "Start from the default well-child and sick-visit templates.");
        empty.setId("note-templates-empty");
        empty.addAction("note-templates-defaults", "Add the default templates", viewModel::addDefaults);
        empty.visibleProperty().bind(viewModel.emptyProperty());
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, t) -> {
            NoteTemplate editing = viewModel.chosenProperty().get();
            if (t != null && (editing == null || !editing.id().equals(t.id()))) {
                viewModel.edit(t);
            }
        });
        viewModel.chosenProperty().addListener((obs, old, t) -> {
            if (t == null) {
                list.getSelectionModel().clearSelection();
            } else if (t != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(t);
            }
        });
        form.visibleProperty().bind(viewModel.formOpenProperty());
        form.managedProperty().bind(form.visibleProperty());
        formTitle.textProperty().bind(viewModel.formTitle());
        FieldError.bind(name, viewModel.nameProperty(), nameError, viewModel.errors().of("name"));
        kind.getItems().setAll(NoteKind.values());
        kind.setConverter(ChoiceLabels.of(k -> k == null ? "" : switch (k) {
            case WELL_CHILD -> "Well child";
            case SICK_VISIT -> "Sick visit";
            case OTHER -> "Other";
        }));
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        FieldError.bind(fromMonths, viewModel.fromMonthsProperty(), fromMonthsError, viewModel.errors().of("fromMonths"));
        FieldError.bind(toMonths, viewModel.toMonthsProperty(), toMonthsError, viewModel.errors().of("toMonths"));
        subjective.textProperty().bindBidirectional(viewModel.subjectiveProperty());
        objective.textProperty().bindBidirectional(viewModel.objectiveProperty());
        assessment.textProperty().bindBidirectional(viewModel.assessmentProperty());
        plan.textProperty().bindBidirectional(viewModel.planProperty());
        active.selectedProperty().bindBidirectional(viewModel.activeProperty());
        save.disableProperty().bind(viewModel.busyProperty());
        Banner.bind(done, Banner.Kind.DONE, viewModel.doneProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        viewModel.load();
    }

    @FXML
    private void add() {
        viewModel.add();
        name.requestFocus();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    /** A template in the list: its name, then its ages and kind. */
    private static final class TemplateCell extends ListCell<NoteTemplate> {
        @Override
        protected void updateItem(NoteTemplate t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setText(null);
                setAccessibleText(null);
                return;
            }
            setText(t.name() + "  ·  " + NoteTemplatesViewModel.describe(t));
            setAccessibleText(t.name() + ", " + NoteTemplatesViewModel.describe(t));
        }
    }
}
