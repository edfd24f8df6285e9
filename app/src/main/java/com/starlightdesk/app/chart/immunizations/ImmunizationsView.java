package com.starlightdesk.app.chart.immunizations;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.parts.InView;
import com.starlightdesk.app.parts.RadioChoices;
import com.starlightdesk.app.parts.TypeAhead;
import com.starlightdesk.app.parts.UsDates;
import com.starlightdesk.app.print.PrintMenu;
import com.starlightdesk.data.domain.DoseErrorReason;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ImmunizationSource;
import com.starlightdesk.data.domain.InjectionSite;
import com.starlightdesk.data.domain.VaccineRoute;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The chart's Immunizations section: binds the dose table, the observations and the form to
 * {@link ImmunizationsViewModel}, and the header's count of groups overdue and due and the switch between the card
 * ({@link ImmunizationCardView}, shown first) and the doses to {@link ImmunizationCardViewModel}. Enter on a dose (or a double-click) corrects it. In the form Enter saves and
 * Escape cancels; in the historical rows Tab goes from the vaccine to the date, Enter on a row's date opens the
 * next row, and Ctrl+Enter saves them all.
 */
public final class ImmunizationsView {
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private final OpenChart chart;
    private final ImmunizationsViewModel viewModel;
    private final PrintMenu printing;
    private final ImmunizationCardViewModel card;

    @FXML private StackPane root;
    @FXML private Button printRecord;
    @FXML private Button give;
    @FXML private Button history;
    @FXML private Label summary;
    @FXML private Label headline;
    @FXML private ToggleButton showCard;
    @FXML private ToggleButton showDoses;
    @FXML private ToggleGroup shown;
    @FXML private Node cardPane;
    @FXML private VBox doseList;
    @FXML private TableView<Immunization> doseTable;
    @FXML private TableColumn<Immunization, String> dateColumn;
    @FXML private TableColumn<Immunization, String> vaccineColumn;
    @FXML private TableColumn<Immunization, String> sourceColumn;
    @FXML private TableColumn<Immunization, String> lotColumn;
    @FXML private TableColumn<Immunization, String> howColumn;
    @FXML private TableColumn<Immunization, String> statusColumn;
    @FXML private Button edit;
    @FXML private Button enteredInError;
    @FXML private Message done;
    @FXML private Message failure;
    @FXML private VBox form;
    @FXML private Label formTitle;
    @FXML private VBox details;
    @FXML private VaccinePicker cvx;
    @FXML private Label vaccineName;
    @FXML private Label verdict;
    @FXML private VBox warningBox;
    @FXML private VBox warningReasons;
    @FXML private Button goBack;
    @FXML private HBox saveLine;
    @FXML private Label cvxError;
    @FXML private DatePicker givenOn;
    @FXML private Label givenOnError;
    @FXML private TextField lot;
    @FXML private Label lotError;
    @FXML private TextField mvx;
    @FXML private Label mvxError;
    @FXML private DatePicker expiresOn;
    @FXML private Label expiresOnError;
    @FXML private ComboBox<VaccineRoute> route;
    @FXML private Label routeError;
    @FXML private ComboBox<InjectionSite> site;
    @FXML private Label siteError;
    @FXML private TextField doseMl;
    @FXML private Label doseMlError;
    @FXML private DatePicker visEdition;
    @FXML private Label visEditionError;
    @FXML private VBox sourceField;
    @FXML private TextField sourceName;
    @FXML private Label sourceNameError;
    @FXML private VBox errorFields;
    @FXML private javafx.scene.layout.FlowPane reasonChoices;
    @FXML private ToggleGroup reason;
    @FXML private Label errorReasonError;
    @FXML private TextField errorNote;
    @FXML private Label errorNoteError;
    @FXML private VBox historyFields;
    @FXML private TextField historySource;
    @FXML private Label historySourceError;
    @FXML private VBox historyRows;
    @FXML private Button save;

    public ImmunizationsView(OpenChart chart, ImmunizationsViewModel viewModel, PrintMenu printing, ImmunizationCardViewModel card) {
        this.chart = chart;
        this.viewModel = viewModel;
        this.printing = printing;
        this.card = card;
    }

    @FXML
    private void initialize() {
        root.setUserData(chart);
        printing.bindImmunizationRecord(printRecord);
        summary.textProperty().bind(viewModel.summaryProperty());
        headline.textProperty().bind(card.headlineProperty());
        bindViewSwitch();
        give.disableProperty().bind(chart.patientProperty().isNull());
        history.disableProperty().bind(chart.patientProperty().isNull());

        doseTable.setItems(viewModel.doses());
        column(dateColumn, d -> ImmunizationsViewModel.SHOWN.format(d.givenOn()));
        column(vaccineColumn, d -> viewModel.vaccineLabel(d.cvx()));
        column(sourceColumn, ImmunizationsViewModel::sourceLabel);
        column(lotColumn, d -> d.lotNumber() == null ? "" : d.lotNumber() + (d.mvx() == null ? "" : " · " + d.mvx()));
        column(howColumn, d -> join(d.route() == null ? null : d.route().abbreviation(), d.site() == null ? null : d.site().label(),
                d.doseMl() == null ? null : d.doseMl().stripTrailingZeros().toPlainString() + " mL"));
        column(statusColumn, ImmunizationsViewModel::statusLabel);
        doseTable.setRowFactory(table -> {
            TableRow<Immunization> row = new TableRow<>() {
                @Override
                protected void updateItem(Immunization dose, boolean empty) {
                    super.updateItem(dose, empty);
                    getStyleClass().remove("entered-in-error");
                    if (!empty && dose != null && dose.isEnteredInError()) {
                        getStyleClass().add("entered-in-error");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.startEdit(chosen());
                }
            });
            return row;
        });
        doseTable.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER && chosen() != null) {
                viewModel.startEdit(chosen());
                key.consume();
            }
        });
        var usable = Bindings.createBooleanBinding(() -> chosen() == null || chosen().isEnteredInError(),
                doseTable.getSelectionModel().selectedItemProperty());
        edit.disableProperty().bind(usable);
        enteredInError.disableProperty().bind(usable);

        Banner.bind(done, Banner.Kind.DONE, viewModel.doneProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        bindForm();
    }

    /** Card (the forecast and the record card, the default) or Doses (the table and the observations); one is always chosen. */
    private void bindViewSwitch() {
        shown.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            }
        });
        cardPane.visibleProperty().bind(showCard.selectedProperty());
        cardPane.managedProperty().bind(cardPane.visibleProperty());
        doseList.visibleProperty().bind(showCard.selectedProperty().not());
        doseList.managedProperty().bind(doseList.visibleProperty());
        card.anyOverdueProperty().addListener((obs, was, now) -> headline.pseudoClassStateChanged(OVERDUE, now));
    }

    private void bindForm() {
        FieldErrors errors = viewModel.errors();
        var modeIs = (Function<ImmunizationsViewModel.Mode, javafx.beans.binding.BooleanBinding>) m -> viewModel.modeProperty().isEqualTo(m);
        form.visibleProperty().bind(viewModel.modeProperty().isNotEqualTo(ImmunizationsViewModel.Mode.CLOSED));
        form.managedProperty().bind(form.visibleProperty());
        // Beside the open form (about a third of a 1366-wide window) the table keeps what finds a dose (day, vaccine,
        // status) whole instead of cutting every column, and the buttons that open another form step aside.
        for (Node aside : new Node[] {printRecord, history, give}) {
            aside.visibleProperty().bind(form.visibleProperty().not());
            aside.managedProperty().bind(aside.visibleProperty());
        }
        for (TableColumn<Immunization, String> detail : List.of(sourceColumn, lotColumn, howColumn)) {
            detail.visibleProperty().bind(form.visibleProperty().not());
        }
        // Cells of columns shown again keep their old layout until the rows are made anew.
        form.visibleProperty().addListener((obs, was, now) -> doseTable.refresh());
        details.visibleProperty().bind(modeIs.apply(ImmunizationsViewModel.Mode.GIVE).or(modeIs.apply(ImmunizationsViewModel.Mode.EDIT)));
        details.managedProperty().bind(details.visibleProperty());
        errorFields.visibleProperty().bind(modeIs.apply(ImmunizationsViewModel.Mode.ERROR));
        errorFields.managedProperty().bind(errorFields.visibleProperty());
        historyFields.visibleProperty().bind(modeIs.apply(ImmunizationsViewModel.Mode.HISTORY));
        historyFields.managedProperty().bind(historyFields.visibleProperty());
        sourceField.visibleProperty().bind(Bindings.createBooleanBinding(() -> viewModel.editingProperty().get() != null
                && viewModel.editingProperty().get().source() == ImmunizationSource.HISTORICAL, viewModel.editingProperty()));
        sourceField.managedProperty().bind(sourceField.visibleProperty());
        formTitle.textProperty().bind(viewModel.formTitleProperty());

        cvx.bind(viewModel.picker());
        FieldError.show(cvx, cvxError, errors.of("cvx"));
        vaccineName.textProperty().bind(Bindings.createStringBinding(() -> viewModel.cvxProperty().get().isBlank() ? ""
                : viewModel.cvxProperty().get().strip() + " " + viewModel.vaccineNameProperty().get(),
                viewModel.cvxProperty(), viewModel.vaccineNameProperty()));
        bindVerdict();
        date(givenOn, viewModel.givenOnProperty(), givenOnError, errors.of("givenOn"));
        FieldError.bind(lot, viewModel.lotProperty(), lotError, errors.of("lot"));
        FieldError.bind(mvx, viewModel.mvxProperty(), mvxError, errors.of("mvx"));
        date(expiresOn, viewModel.expiresOnProperty(), expiresOnError, errors.of("expiresOn"));
        route.getItems().setAll(VaccineRoute.values());
        route.setConverter(labels(VaccineRoute::label));
        route.valueProperty().bindBidirectional(viewModel.routeProperty());
        FieldError.show(route, routeError, errors.of("route"));
        site.getItems().setAll(InjectionSite.values());
        site.setConverter(labels(InjectionSite::label));
        site.valueProperty().bindBidirectional(viewModel.siteProperty());
        FieldError.show(site, siteError, errors.of("site"));
        FieldError.bind(doseMl, viewModel.doseMlProperty(), doseMlError, errors.of("doseMl"));
        date(visEdition, viewModel.visEditionProperty(), visEditionError, errors.of("visEdition"));
        FieldError.bind(sourceName, viewModel.sourceNameProperty(), sourceNameError, errors.of("sourceName"));
        RadioChoices.bind(reason, reasonChoices, DoseErrorReason.values(), DoseErrorReason::label, "immunization-error-",
                viewModel.errorReasonProperty());
        FieldError.show(reasonChoices, errorReasonError, errors.of("errorReason"));
        FieldError.bind(errorNote, viewModel.errorNoteProperty(), errorNoteError, errors.of("errorNote"));
        FieldError.bind(historySource, viewModel.sourceNameProperty(), historySourceError, errors.of("sourceName"));
        viewModel.historyRows().addListener((ListChangeListener<ImmunizationsViewModel.HistoryRow>) change -> drawHistoryRows());
        save.disableProperty().bind(viewModel.busyProperty());
        form.addEventFilter(KeyEvent.KEY_PRESSED, this::formKeys);
        viewModel.modeProperty().addListener((obs, was, now) -> {
            switch (now) {
                case GIVE, EDIT -> Platform.runLater(() -> {
                    cvx.requestFocus();
                    cvx.end();
                });
                case ERROR -> Platform.runLater(() -> reasonChoices.getChildren().get(0).requestFocus());
                case HISTORY -> Platform.runLater(historySource::requestFocus);
                case CLOSED -> {
                    if (form.getScene() != null && isInForm(form.getScene().getFocusOwner())) {
                        doseTable.requestFocus();
                    }
                }
            }
        });
    }

    /** The schedule's answer under the vaccine and day, and the warning that asks before saving a dose that would not count. */
    private void bindVerdict() {
        DoseValidity validity = viewModel.validity();
        verdict.textProperty().bind(Bindings.createStringBinding(() -> validity.checkingProperty().get() ? "Checking against the schedule…"
                : DoseValidity.describe(validity.verdictProperty().get()), validity.checkingProperty(), validity.verdictProperty()));
        verdict.visibleProperty().bind(verdict.textProperty().isNotEmpty());
        verdict.managedProperty().bind(verdict.visibleProperty());
        Runnable style = () -> {
            verdict.getStyleClass().removeAll("valid", "not-valid", "not-evaluated", "checking");
            DoseValidity.Verdict now = validity.verdictProperty().get();
            verdict.getStyleClass().add(validity.checkingProperty().get() || now == null ? "checking"
                    : switch (now.outcome()) {
                        case VALID -> "valid";
                        case NOT_VALID -> "not-valid";
                        case NOT_EVALUATED -> "not-evaluated";
                    });
        };
        validity.verdictProperty().addListener((obs, old, now) -> style.run());
        validity.checkingProperty().addListener((obs, old, now) -> style.run());
        style.run();

        warningBox.visibleProperty().bind(viewModel.confirmingProperty());
        warningBox.managedProperty().bind(warningBox.visibleProperty());
        saveLine.visibleProperty().bind(viewModel.confirmingProperty().not());
        saveLine.managedProperty().bind(saveLine.visibleProperty());
        viewModel.warning().addListener((ListChangeListener<String>) change -> {
            warningReasons.getChildren().clear();
            for (String reason : viewModel.warning()) {
                Label line = new Label("• " + reason);
                line.setWrapText(true);
                warningReasons.getChildren().add(line);
            }
        });
        viewModel.confirmingProperty().addListener((obs, was, now) -> {
            if (now) {
                Platform.runLater(() -> {
                    InView.bring(warningBox);
                    goBack.requestFocus();
                });
            }
        });
    }

    /** One line per historical dose: the vaccine's CVX code, the day, and what is wrong with them. */
    private void drawHistoryRows() {
        historyRows.getChildren().clear();
        FieldErrors errors = viewModel.errors();
        var rows = viewModel.historyRows();
        for (int i = 0; i < rows.size(); i++) {
            ImmunizationsViewModel.HistoryRow row = rows.get(i);
            VaccinePicker code = new VaccinePicker();
            code.setId("history-cvx-" + i);
            code.setSuggestionsId("history-cvx-suggestions-" + i);
            code.setPromptText("Vaccine or CVX");
            code.setPrefColumnCount(9);
            code.bind(row.picker());
            TextField day = new TextField();
            day.setId("history-date-" + i);
            day.setPromptText("M/D/YYYY");
            day.setPrefColumnCount(9);
            day.textProperty().bindBidirectional(row.givenOnProperty());
            Label name = new Label();
            name.getStyleClass().add("text-muted");
            name.textProperty().bind(Bindings.createStringBinding(() -> row.cvxProperty().get().isBlank() ? ""
                    : viewModel.vaccineLabel(row.cvxProperty().get().strip()), row.cvxProperty()));
            row.cvxProperty().addListener((obs, old, now) -> {
                if (code.isFocused() && !now.isBlank()) {
                    day.requestFocus(); // picked: on to the day
                }
            });
            Label flag = new Label();
            flag.setId("history-verdict-" + i);
            flag.setWrapText(true);
            flag.getStyleClass().add("history-verdict");
            flag.textProperty().bind(Bindings.createStringBinding(() -> {
                DoseValidity.Verdict answer = row.verdictProperty().get();
                return answer == null || answer.counts() ? "" : DoseValidity.describe(answer);
            }, row.verdictProperty()));
            flag.visibleProperty().bind(flag.textProperty().isNotEmpty());
            flag.managedProperty().bind(flag.visibleProperty());
            Label problem = new Label();
            problem.setId("history-error-" + i);
            problem.setWrapText(true);
            problem.getStyleClass().add("history-error");
            problem.textProperty().bind(Bindings.concat(errors.of("history-" + i + "-cvx"), " ", errors.of("history-" + i + "-givenOn")));
            boolean last = i == rows.size() - 1;
            day.setOnKeyPressed(key -> {
                if (key.getCode() == KeyCode.ENTER && !key.isControlDown() && last) {
                    viewModel.addHistoryRow();
                    Platform.runLater(() -> historyRows.lookupAll("#history-cvx-" + (rows.size() - 1)).forEach(Node::requestFocus));
                    key.consume();
                }
            });
            HBox line = new HBox(8, code, day, name);
            line.getStyleClass().add("history-row");
            historyRows.getChildren().addAll(line, flag, problem);
        }
    }

    private void formKeys(KeyEvent key) {
        if (key.getTarget() instanceof TypeAhead<?> picker && !picker.getText().isBlank()
                && (key.getCode() == KeyCode.ENTER || key.getCode() == KeyCode.ESCAPE)) {
            return; // the pick list's: Enter picks, Escape empties it
        }
        if (viewModel.confirmingProperty().get() && key.getCode() == KeyCode.ESCAPE) {
            viewModel.goBack();
            key.consume();
        } else if (viewModel.confirmingProperty().get() && key.getCode() == KeyCode.ENTER) {
            if (key.getTarget() instanceof Button button) {
                button.fire();
            }
            key.consume();
        } else if (key.getCode() == KeyCode.ESCAPE) {
            viewModel.cancel();
            key.consume();
        } else if (key.getCode() == KeyCode.ENTER && (viewModel.modeProperty().get() != ImmunizationsViewModel.Mode.HISTORY || key.isControlDown())) {
            if (key.getTarget() instanceof Button button) {
                button.fire();
            } else {
                commitDates();
                viewModel.save();
            }
            key.consume();
        }
    }

    private void commitDates() {
        givenOn.commitValue();
        expiresOn.commitValue();
        visEdition.commitValue();
    }

    private boolean isInForm(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == form) {
                return true;
            }
        }
        return false;
    }

    private Immunization chosen() {
        return doseTable.getSelectionModel().getSelectedItem();
    }

    private static void date(DatePicker picker, javafx.beans.property.ObjectProperty<java.time.LocalDate> value, Label line,
            javafx.beans.property.ReadOnlyStringProperty message) {
        UsDates.use(picker);
        picker.valueProperty().bindBidirectional(value);
        FieldError.show(picker, line, message);
    }

    private static <T> StringConverter<T> labels(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    private static void column(TableColumn<Immunization, String> column, Function<Immunization, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    private static String join(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null) {
                text.append(text.length() == 0 ? "" : " · ").append(part);
            }
        }
        return text.toString();
    }

    @FXML
    private void give() {
        viewModel.startGive();
    }

    @FXML
    private void history() {
        viewModel.startHistory();
    }

    @FXML
    private void edit() {
        viewModel.startEdit(chosen());
    }

    @FXML
    private void enteredInError() {
        viewModel.startEnteredInError(chosen());
    }

    @FXML
    private void save() {
        commitDates();
        viewModel.save();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void goBack() {
        viewModel.goBack();
        cvx.requestFocus();
    }

    @FXML
    private void saveAnyway() {
        viewModel.saveAnyway();
    }
}
