package com.starlightdesk.app.reports;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.ChoiceLabels;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.app.parts.SaveLocation;
import com.starlightdesk.app.patients.AgeUnit;
import com.starlightdesk.app.patients.ListChoice;
import com.starlightdesk.data.repo.ImmunizationRecall.Child;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The immunization recall reports as the Reports hub opens them (which one: {@link RecallViewModel#reportProperty()}):
 * the filters, progress, table and actions, bound to {@link RecallViewModel}. Every column sorts by its value (ages by
 * the birth date, days as days); several lines may be chosen; Enter or a double-click opens the chart. Book visit,
 * Create task and Export CSV act on the lines chosen (Export on every line shown, in the table's order).
 */
public final class RecallView {
    private final RecallViewModel viewModel;
    private final SaveLocation saveLocation;

    @FXML private VBox root;
    @FXML private Label count;
    @FXML private TextField days;
    @FXML private Label daysError;
    @FXML private ComboBox<String> group;
    @FXML private TextField ageFrom;
    @FXML private TextField ageTo;
    @FXML private ComboBox<AgeUnit> ageUnit;
    @FXML private Label ageFromError;
    @FXML private Label ageToError;
    @FXML private ComboBox<ListChoice> provider;
    @FXML private HBox progressLine;
    @FXML private ProgressBar progress;
    @FXML private Label progressText;
    @FXML private Button bookVisit;
    @FXML private Button createTask;
    @FXML private Button exportCsv;
    @FXML private Message done;
    @FXML private Message failure;
    @FXML private TableView<Child> table;
    @FXML private Label placeholder;
    @FXML private TableColumn<Child, String> nameColumn;
    @FXML private TableColumn<Child, LocalDate> ageColumn;
    @FXML private TableColumn<Child, LocalDate> bornColumn;
    @FXML private TableColumn<Child, String> providerColumn;
    @FXML private TableColumn<Child, String> groupsColumn;
    @FXML private TableColumn<Child, LocalDate> urgentColumn;
    @FXML private TableColumn<Child, String> refusedColumn;
    @FXML private TableColumn<Child, Instant> nextVisitColumn;

    public RecallView(RecallViewModel viewModel, SaveLocation saveLocation) {
        this.viewModel = viewModel;
        this.saveLocation = saveLocation;
    }

    @FXML
    private void initialize() {
        count.textProperty().bind(viewModel.countProperty());
        FieldError.bind(days, viewModel.daysProperty(), daysError, viewModel.errors().of("days"));
        days.disableProperty().bind(viewModel.reportProperty().isEqualTo(Report.DUE_WITHOUT_VACCINATION_VISIT));
        group.setItems(viewModel.groups());
        group.valueProperty().bindBidirectional(viewModel.groupProperty());
        FieldError.bind(ageFrom, viewModel.ageFromProperty(), ageFromError, viewModel.errors().of("ageFrom"));
        FieldError.bind(ageTo, viewModel.ageToProperty(), ageToError, viewModel.errors().of("ageTo"));
        ageUnit.getItems().setAll(AgeUnit.values());
        ageUnit.setConverter(ChoiceLabels.of(u -> u == null ? "" : u.label()));
        ageUnit.valueProperty().bindBidirectional(viewModel.ageUnitProperty());
        provider.setItems(viewModel.providers());
        provider.valueProperty().bindBidirectional(viewModel.providerProperty());

        progress.progressProperty().bind(viewModel.progressProperty());
        progressText.textProperty().bind(viewModel.progressTextProperty());
        progressLine.visibleProperty().bind(viewModel.workingProperty());
        progressLine.managedProperty().bind(viewModel.workingProperty());
        Banner.bind(done, Banner.Kind.DONE, viewModel.doneProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());

        columns();
        SortedList<Child> sorted = new SortedList<>(viewModel.children());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        placeholder.textProperty().bind(Bindings.when(viewModel.workingProperty())
                .then("Working out each child's vaccines…").otherwise("No child matches: nobody is due within these days."));
        table.setRowFactory(t -> {
            TableRow<Child> row = new TableRow<>() {
                @Override
                protected void updateItem(Child item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("overdue"), !empty && item != null && item.isOverdue());
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
        actions();
        // Shown (the first time, or back from elsewhere): the list is worked out again, visits may have been booked.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                viewModel.start();
            }
        });
        if (root.getScene() != null) {
            viewModel.start();
        }
    }

    private void columns() {
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().displayName()));
        nameColumn.setComparator(String.CASE_INSENSITIVE_ORDER);
        ageColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().dateOfBirth()));
        ageColumn.setComparator(Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()));
        ageColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate born, boolean empty) {
                super.updateItem(born, empty);
                Child row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : viewModel.wordsProperty().get().age(row));
            }
        });
        bornColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().dateOfBirth()));
        bornColumn.setCellFactory(column -> textCell(day -> viewModel.wordsProperty().get().date(day)));
        providerColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(viewModel.wordsProperty().get().provider(c.getValue())));
        providerColumn.setComparator(String.CASE_INSENSITIVE_ORDER);
        groupsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(viewModel.wordsProperty().get().groups(c.getValue())));
        groupsColumn.setComparator(String.CASE_INSENSITIVE_ORDER);
        groupsColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text.replace("; ", "\n")));
            }
        });
        urgentColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().mostUrgent()));
        urgentColumn.setCellFactory(column -> textCell(day -> viewModel.wordsProperty().get().date(day)));
        refusedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(viewModel.wordsProperty().get().refused(c.getValue())));
        refusedColumn.setComparator(String.CASE_INSENSITIVE_ORDER);
        nextVisitColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().nextVisit()));
        nextVisitColumn.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        nextVisitColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Instant at, boolean empty) {
                super.updateItem(at, empty);
                Child row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : at == null ? "None booked" : viewModel.wordsProperty().get().nextVisit(row));
            }
        });
    }

    private static <T> TableCell<Child, T> textCell(Function<T, String> words) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : words.apply(value));
            }
        };
    }

    private void actions() {
        var chosen = table.getSelectionModel().getSelectedItems();
        bookVisit.disableProperty().bind(Bindings.size(chosen).isNotEqualTo(1).or(Bindings.createBooleanBinding(() -> !viewModel.canBook())));
        if (!viewModel.canBook()) {
            bookVisit.setTooltip(new Tooltip("Visits are booked by the front desk and admins."));
        }
        createTask.disableProperty().bind(Bindings.isEmpty(chosen));
        createTask.textProperty().bind(Bindings.createStringBinding(() -> chosen.size() > 1 ? "Create " + chosen.size() + " tasks"
                : "Create task", chosen));
        exportCsv.disableProperty().bind(Bindings.isEmpty(table.getItems()));
    }

    @FXML
    private void bookVisit() {
        viewModel.bookVisit(table.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void createTask() {
        viewModel.createTasks(List.copyOf(table.getSelectionModel().getSelectedItems()));
    }

    @FXML
    private void exportCsv() {
        saveLocation.choose(root.getScene() == null ? null : root.getScene().getWindow(), "Save the list as CSV", viewModel.fileName(),
                "CSV files", "csv").ifPresent(file -> viewModel.exportCsv(List.copyOf(table.getItems()), file));
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }
}
