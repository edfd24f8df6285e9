package com.starlightdesk.app.patients;

import com.starlightdesk.app.parts.ChoiceLabels;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.app.patients.PatientListViewModel.Standing;
import com.starlightdesk.data.repo.PatientRow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;

/**
 * The Patients list: binds the filters and the table to {@link PatientListViewModel}. Each column sorts by
 * its value (an age by the birth date behind it, visits by their time), not by the words shown. The table
 * takes the focus when the list comes on screen: Up and Down move, Enter opens the chart, and so does a
 * double-click.
 */
public final class PatientListView {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US);

    private final PatientListViewModel viewModel;
    private final PatientsViewModel place;

    @FXML private Label count;
    @FXML private CheckBox activeShown;
    @FXML private CheckBox prospectShown;
    @FXML private CheckBox inactiveShown;
    @FXML private TextField ageFrom;
    @FXML private TextField ageTo;
    @FXML private ComboBox<AgeUnit> ageUnit;
    @FXML private Label ageFromError;
    @FXML private Label ageToError;
    @FXML private ComboBox<ListChoice> plan;
    @FXML private ComboBox<ListChoice> provider;
    @FXML private TextField notSeenMonths;
    @FXML private Label notSeenMonthsError;
    @FXML private TableView<PatientRow> table;
    @FXML private Label placeholder;
    @FXML private TableColumn<PatientRow, String> nameColumn;
    @FXML private TableColumn<PatientRow, LocalDate> ageColumn;
    @FXML private TableColumn<PatientRow, LocalDate> bornColumn;
    @FXML private TableColumn<PatientRow, Standing> statusColumn;
    @FXML private TableColumn<PatientRow, String> planColumn;
    @FXML private TableColumn<PatientRow, String> providerColumn;
    @FXML private TableColumn<PatientRow, Instant> lastVisitColumn;
    @FXML private TableColumn<PatientRow, Instant> nextVisitColumn;

    public PatientListView(PatientListViewModel viewModel, PatientsViewModel place) {
        this.viewModel = viewModel;
        this.place = place;
    }

    @FXML
    private void initialize() {
        count.textProperty().bind(viewModel.countProperty());
        activeShown.selectedProperty().bindBidirectional(viewModel.activeShownProperty());
        prospectShown.selectedProperty().bindBidirectional(viewModel.prospectShownProperty());
        inactiveShown.selectedProperty().bindBidirectional(viewModel.inactiveShownProperty());
        FieldError.bind(ageFrom, viewModel.ageFromProperty(), ageFromError, viewModel.errors().of("ageFrom"));
        FieldError.bind(ageTo, viewModel.ageToProperty(), ageToError, viewModel.errors().of("ageTo"));
        ageUnit.getItems().setAll(AgeUnit.values());
        ageUnit.setConverter(ChoiceLabels.of(u -> u == null ? "" : u.label()));
        ageUnit.valueProperty().bindBidirectional(viewModel.ageUnitProperty());
        plan.setItems(viewModel.plans());
        plan.valueProperty().bindBidirectional(viewModel.planProperty());
        provider.setItems(viewModel.providers());
        provider.valueProperty().bindBidirectional(viewModel.providerProperty());
        FieldError.bind(notSeenMonths, viewModel.notSeenMonthsProperty(), notSeenMonthsError, viewModel.errors().of("notSeenMonths"));
        columns();

        SortedList<PatientRow> sorted = new SortedList<>(viewModel.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        placeholder.textProperty().bind(Bindings.when(viewModel.loadedProperty())
                .then("No patient matches these filters").otherwise("Reading the practice's patients…"));
        table.setRowFactory(t -> {
            TableRow<PatientRow> row = new TableRow<>() {
                @Override
                protected void updateItem(PatientRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("inactive"), !empty && item != null && !item.isActive());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        // The table is where the keyboard starts: its first line is chosen once there is one.
        table.getItems().addListener((javafx.collections.ListChangeListener<PatientRow>) c -> {
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
    }

    private void columns() {
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().displayName()));
        nameColumn.setComparator(String.CASE_INSENSITIVE_ORDER);
        ageColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().dateOfBirth()));
        ageColumn.setComparator(PatientListViewModel.byAge());
        ageColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate born, boolean empty) {
                super.updateItem(born, empty);
                PatientRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : viewModel.age(row));
            }
        });
        bornColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().dateOfBirth()));
        bornColumn.setCellFactory(column -> textCell(DATE::format));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Standing.of(c.getValue())));
        statusColumn.setCellFactory(column -> textCell(Standing::label));
        planColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(PatientListViewModel.planLabel(c.getValue())));
        planColumn.setComparator(String.CASE_INSENSITIVE_ORDER);
        providerColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().providerName() == null ? "" : c.getValue().providerName()));
        providerColumn.setComparator(String.CASE_INSENSITIVE_ORDER);
        lastVisitColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lastVisit()));
        lastVisitColumn.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        lastVisitColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Instant at, boolean empty) {
                super.updateItem(at, empty);
                setText(empty ? null : at == null ? "Never" : DATE.format(at.atZone(viewModel.zone())));
            }
        });
        nextVisitColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().nextVisit()));
        nextVisitColumn.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        nextVisitColumn.setCellFactory(column -> textCell(at -> DATE.format(at.atZone(viewModel.zone()))));
    }

    /** A cell that shows its value in words ({@code words}), and nothing for none. */
    private static <T> TableCell<PatientRow, T> textCell(Function<T, String> words) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : words.apply(value));
            }
        };
    }

    /** Puts the keyboard in the table (when the list comes on screen). */
    void focus() {
        table.requestFocus();
    }

    @FXML
    private void newPatient() {
        place.newPatient();
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }
}
