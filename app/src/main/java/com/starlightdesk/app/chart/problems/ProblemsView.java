package com.starlightdesk.app.chart.problems;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.DiagnosisPicker;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.data.domain.DiagnosisStatus;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The chart's Problems section: binds to {@link ProblemsViewModel}. Like every section it is built once
 * per session by the chart through the screen loader, with its services handed to its constructor; it
 * shows the problems of {@link com.starlightdesk.app.chart.OpenChart#patientProperty()}'s patient, reads
 * again when {@link com.starlightdesk.app.chart.OpenChart#revisionProperty()} moves, and calls
 * {@link com.starlightdesk.app.chart.OpenChart#changed()} after it wrote.
 */
public final class ProblemsView {
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US);

    private final ProblemsViewModel viewModel;

    @FXML private Message failure;
    @FXML private DiagnosisPicker code;
    @FXML private Label chosen;
    @FXML private Label codeError;
    @FXML private ComboBox<DiagnosisStatus> status;
    @FXML private Label statusError;
    @FXML private DatePicker diagnosedAt;
    @FXML private Label diagnosedAtError;
    @FXML private VBox resolvedField;
    @FXML private DatePicker resolvedOn;
    @FXML private Label resolvedOnError;
    @FXML private Button add;
    @FXML private ListView<ProblemsViewModel.Entry> problems;
    @FXML private Button makeActive;
    @FXML private Button makeChronic;
    @FXML private DatePicker resolveOn;
    @FXML private Button resolve;
    @FXML private Label resolveOnError;
    @FXML private Label changeError;

    public ProblemsView(ProblemsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        code.bind(viewModel.picker());
        chosen.textProperty().bind(viewModel.chosenTextProperty());
        chosen.visibleProperty().bind(viewModel.chosenTextProperty().isNotEmpty());
        chosen.managedProperty().bind(chosen.visibleProperty());
        FieldError.show(code, codeError, viewModel.errors().of("code"));

        status.getItems().setAll(DiagnosisStatus.ACTIVE, DiagnosisStatus.CHRONIC, DiagnosisStatus.RESOLVED);
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(DiagnosisStatus s) {
                return s == null ? "" : label(s);
            }

            @Override
            public DiagnosisStatus fromString(String text) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        FieldError.show(status, statusError, viewModel.errors().of("status"));
        date(diagnosedAt, viewModel.diagnosedAtProperty().get());
        diagnosedAt.valueProperty().bindBidirectional(viewModel.diagnosedAtProperty());
        FieldError.show(diagnosedAt, diagnosedAtError, viewModel.errors().of("diagnosedAt"));
        date(resolvedOn, null);
        resolvedOn.valueProperty().bindBidirectional(viewModel.resolvedOnProperty());
        FieldError.show(resolvedOn, resolvedOnError, viewModel.errors().of("resolvedOn"));
        resolvedField.visibleProperty().bind(viewModel.statusProperty().isEqualTo(DiagnosisStatus.RESOLVED));
        resolvedField.managedProperty().bind(resolvedField.visibleProperty());
        add.disableProperty().bind(viewModel.busyProperty());
        add.setOnAction(e -> viewModel.add());

        problems.setItems(viewModel.problems());
        problems.setPlaceholder(new Label("No problems recorded. Add the first with a code or words above."));
        problems.setCellFactory(list -> new ProblemCell());
        problems.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> viewModel.selectedProperty().set(entry));
        viewModel.selectedProperty().addListener((obs, old, entry) -> {
            if (problems.getSelectionModel().getSelectedItem() != entry) {
                problems.getSelectionModel().select(entry);
            }
        });
        makeActive.disableProperty().bind(viewModel.canMakeActive().not());
        makeActive.setOnAction(e -> viewModel.makeActive());
        makeChronic.disableProperty().bind(viewModel.canMakeChronic().not());
        makeChronic.setOnAction(e -> viewModel.makeChronic());
        date(resolveOn, viewModel.resolveOnProperty().get());
        resolveOn.valueProperty().bindBidirectional(viewModel.resolveOnProperty());
        resolveOn.disableProperty().bind(viewModel.canResolve().not());
        FieldError.show(resolveOn, resolveOnError, viewModel.changeErrors().of("resolveOn"));
        resolve.disableProperty().bind(viewModel.canResolve().not());
        resolve.setOnAction(e -> viewModel.resolve());
        FieldError.show(changeError, viewModel.changeErrors().of("status"));
    }

    private static String label(DiagnosisStatus status) {
        return switch (status) {
            case ACTIVE -> "Active";
            case CHRONIC -> "Chronic";
            case RESOLVED -> "Resolved";
        };
    }

    /** A date field read and written as M/D/YYYY. */
    private static void date(DatePicker picker, LocalDate initial) {
        picker.setPromptText("M/D/YYYY");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : TYPED.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), TYPED);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        picker.setValue(initial);
    }

    /** One problem: its code and description, then its status and dates. */
    private static final class ProblemCell extends ListCell<ProblemsViewModel.Entry> {
        private final Label title = new Label();
        private final Label detail = new Label();
        private final VBox lines = new VBox(2, title, detail);

        ProblemCell() {
            getStyleClass().add("problem");
            title.getStyleClass().add("problem-title");
            detail.getStyleClass().add("problem-detail");
        }

        @Override
        protected void updateItem(ProblemsViewModel.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                pseudoClassStateChanged(RESOLVED, false);
                return;
            }
            title.setText(entry.title());
            detail.setText(entry.detail());
            pseudoClassStateChanged(RESOLVED, entry.isResolved());
            setGraphic(lines);
        }

        private static final javafx.css.PseudoClass RESOLVED = javafx.css.PseudoClass.getPseudoClass("resolved");
    }
}
