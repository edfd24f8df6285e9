package com.starlightdesk.app.chart.allergies;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.parts.RadioChoices;
import com.starlightdesk.app.parts.UsDates;
import com.starlightdesk.data.domain.Allergy;
import com.starlightdesk.data.domain.AllergyInactivation;
import com.starlightdesk.data.domain.AllergySeverity;
import java.util.UUID;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
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
 * The chart's Allergies section: binds the active table, the history and the form to
 * {@link AllergiesViewModel}. Enter on an allergy (or a double-click) edits it; in the form Enter saves
 * and Escape cancels.
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

        activeTable.setItems(viewModel.active());
        keepSelection(activeTable);
        substanceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().substance()));
        reactionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reaction() == null ? "" : c.getValue().reaction()));
        severityColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(AllergiesViewModel.severityLabel(c.getValue().severity())));
        notedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(AllergiesViewModel.DAY.format(c.getValue().notedOn())));
        activeTable.setRowFactory(table -> {
            TableRow<Allergy> row = new TableRow<>() {
                @Override
                protected void updateItem(Allergy allergy, boolean empty) {
                    super.updateItem(allergy, empty);
                    getStyleClass().remove("severe");
                    if (!empty && allergy != null && allergy.severity() == AllergySeverity.SEVERE) {
                        getStyleClass().add("severe");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    editChosen();
                }
            });
            return row;
        });
        activeTable.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER && chosen() != null) {
                editChosen();
                key.consume();
            }
        });
        edit.disableProperty().bind(activeTable.getSelectionModel().selectedItemProperty().isNull());
        inactivate.disableProperty().bind(activeTable.getSelectionModel().selectedItemProperty().isNull());

        historyList.setItems(viewModel.history());
        historyList.setCellFactory(list -> new HistoryCell());
        reactivate.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            Allergy picked = historyList.getSelectionModel().getSelectedItem();
            return picked == null || !AllergiesViewModel.canReactivate(picked);
        }, historyList.getSelectionModel().selectedItemProperty()).or(viewModel.busyProperty()));

        Banner.bind(done, Banner.Kind.DONE, viewModel.doneProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
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
        form.addEventFilter(KeyEvent.KEY_PRESSED, this::formKeys);
        viewModel.modeProperty().addListener((obs, was, now) -> {
            if (now == AllergiesViewModel.Mode.ADD || now == AllergiesViewModel.Mode.EDIT) {
                Platform.runLater(() -> {
                    substance.requestFocus();
                    substance.end();
                });
            } else if (now == AllergiesViewModel.Mode.INACTIVATE) {
                Platform.runLater(() -> reasonChoices.getChildren().get(0).requestFocus());
            } else if (form.getScene() != null && form.getScene().getFocusOwner() != null
                    && isInForm(form.getScene().getFocusOwner())) {
                activeTable.requestFocus();
            }
        });
    }

    private boolean isInForm(javafx.scene.Node node) {
        for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
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
                notedOn.commitValue();
                viewModel.save();
            }
            key.consume();
        }
    }

    private Allergy chosen() {
        return activeTable.getSelectionModel().getSelectedItem();
    }

    private void editChosen() {
        viewModel.startEdit(chosen());
    }

    /** An inactive allergy: what it was, why and when it stopped applying; struck through when entered in error. */
    private final class HistoryCell extends ListCell<Allergy> {
        HistoryCell() {
            setWrapText(true);
            setPrefWidth(0); // as wide as the list, the text wrapped within it
        }

        @Override
        protected void updateItem(Allergy allergy, boolean empty) {
            super.updateItem(allergy, empty);
            getStyleClass().remove("entered-in-error");
            if (empty || allergy == null) {
                setText(null);
                return;
            }
            setText(viewModel.describeInactive(allergy));
            if (allergy.inactivationReason() == AllergyInactivation.ENTERED_IN_ERROR) {
                getStyleClass().add("entered-in-error");
            }
        }
    }

    /** Keeps the chosen row chosen when the chart is read again (after a save here or a sync), if it is still listed. */
    private static void keepSelection(TableView<Allergy> table) {
        UUID[] kept = new UUID[1];
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                kept[0] = now.id();
            }
        });
        table.getItems().addListener((ListChangeListener<Allergy>) change -> {
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
        editChosen();
    }

    @FXML
    private void inactivate() {
        viewModel.startInactivate(chosen());
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
