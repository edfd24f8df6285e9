package com.starlightdesk.app.tasks;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.ChoiceLabels;
import com.starlightdesk.app.parts.EmptyState;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.app.parts.PatientPicker;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.TaskPriority;
import com.starlightdesk.data.domain.TaskStatus;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;

/**
 * The Tasks place: binds the filters, the list (a sortable table), the board (three columns; a task moves by drag
 * or by Ctrl+Right / Ctrl+Left) and the task form to {@link TasksViewModel}. Enter or a double click opens a task
 * in the form; the focus starts on the list or board.
 */
public final class TasksView {
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass MINE = PseudoClass.getPseudoClass("mine");

    private final TasksViewModel viewModel;

    @FXML private StackPane root;
    @FXML private ComboBox<TasksViewModel.Whose> whose;
    @FXML private ComboBox<TaskStatus> status;
    @FXML private ComboBox<TaskPriority> priority;
    @FXML private CheckBox overdue;
    @FXML private PatientPicker patientSearch;
    @FXML private HBox patientChosen;
    @FXML private Label patientName;
    @FXML private CheckBox family;
    @FXML private ToggleButton listMode;
    @FXML private ToggleButton boardMode;
    @FXML private Label count;
    @FXML private TableView<TaskRow> table;
    @FXML private TableColumn<TaskRow, String> titleColumn;
    @FXML private TableColumn<TaskRow, String> patientColumn;
    @FXML private TableColumn<TaskRow, String> assigneeColumn;
    @FXML private TableColumn<TaskRow, LocalDate> dueColumn;
    @FXML private TableColumn<TaskRow, TaskPriority> priorityColumn;
    @FXML private TableColumn<TaskRow, TaskStatus> statusColumn;
    @FXML private EmptyState empty;
    @FXML private HBox board;
    @FXML private ListView<TaskRow> openColumn;
    @FXML private ListView<TaskRow> startedColumn;
    @FXML private ListView<TaskRow> doneColumn;
    @FXML private Message news;
    @FXML private Message failure;
    @FXML private VBox form;
    @FXML private Label formHeading;
    @FXML private TextField title;
    @FXML private Label titleError;
    @FXML private TextArea description;
    @FXML private ComboBox<TaskFormViewModel.Assignee> assignee;
    @FXML private Label assigneeError;
    @FXML private TextField due;
    @FXML private Label dueError;
    @FXML private ComboBox<TaskPriority> formPriority;
    @FXML private ComboBox<TaskStatus> formStatus;
    @FXML private PatientPicker formPatient;
    @FXML private HBox formPatientChosen;
    @FXML private Label formPatientName;
    @FXML private Label formFamily;
    @FXML private Label patientError;
    @FXML private Button save;
    @FXML private Message formFailure;

    public TasksView(TasksViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bindFilters();
        bindTable();
        bindBoard();
        bindForm();
        Banner.bind(news, Banner.Kind.DONE, viewModel.newsProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        // The place takes the focus from the shell and hands it to the list or the board.
        root.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                focusTasks();
            }
        });
        viewModel.load();
    }

    private void bindFilters() {
        whose.setItems(viewModel.whoseChoices());
        whose.valueProperty().bindBidirectional(viewModel.whoseProperty());
        status.setItems(FXCollections.observableArrayList(Arrays.asList(null, TaskStatus.OPEN, TaskStatus.IN_PROGRESS, TaskStatus.DONE)));
        status.setConverter(ChoiceLabels.of(s -> s == null ? "Any status" : TaskWords.status(s)));
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        status.disableProperty().bind(viewModel.modeProperty().isEqualTo(TasksViewModel.Mode.BOARD));
        priority.setItems(FXCollections.observableArrayList(Arrays.asList(null, TaskPriority.HIGH, TaskPriority.MEDIUM, TaskPriority.LOW)));
        priority.setConverter(ChoiceLabels.of(p -> p == null ? "Any priority" : TaskWords.priority(p)));
        priority.valueProperty().bindBidirectional(viewModel.priorityProperty());
        overdue.selectedProperty().bindBidirectional(viewModel.overdueOnlyProperty());
        patientSearch.bind(viewModel.patientPicker());
        patientChosen.visibleProperty().bind(viewModel.patientProperty().isNotNull());
        patientChosen.managedProperty().bind(patientChosen.visibleProperty());
        patientSearch.visibleProperty().bind(viewModel.patientProperty().isNull());
        patientSearch.managedProperty().bind(patientSearch.visibleProperty());
        patientName.textProperty().bind(Bindings.createStringBinding(() -> viewModel.patientProperty().get() == null ? ""
                : viewModel.patientProperty().get().displayName(), viewModel.patientProperty()));
        family.selectedProperty().bindBidirectional(viewModel.wholeFamilyProperty());
        ToggleGroup modes = new ToggleGroup();
        listMode.setToggleGroup(modes);
        boardMode.setToggleGroup(modes);
        listMode.setSelected(viewModel.modeProperty().get() == TasksViewModel.Mode.LIST);
        boardMode.setSelected(!listMode.isSelected());
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                viewModel.modeProperty().set(now == boardMode ? TasksViewModel.Mode.BOARD : TasksViewModel.Mode.LIST);
            }
        });
        viewModel.modeProperty().addListener((obs, old, now) -> {
            listMode.setSelected(now == TasksViewModel.Mode.LIST);
            boardMode.setSelected(now == TasksViewModel.Mode.BOARD);
            focusTasks();
        });
        count.textProperty().bind(viewModel.countProperty());
    }

    private void bindTable() {
        table.setItems(sorted());
        titleColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().task().title()));
        patientColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().patient()));
        assigneeColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().assignee()));
        dueColumn.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().task().dueDate()));
        dueColumn.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        worded(dueColumn, TaskWords::day);
        priorityColumn.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().task().priority()));
        priorityColumn.setComparator(Comparator.comparing(TaskPriority::ordinal));
        worded(priorityColumn, TaskWords::priority);
        statusColumn.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().task().status()));
        worded(statusColumn, TaskWords::status);
        table.setRowFactory(t -> {
            TableRow<TaskRow> row = new TableRow<>() {
                @Override
                protected void updateItem(TaskRow item, boolean isEmpty) {
                    super.updateItem(item, isEmpty);
                    pseudoClassStateChanged(OVERDUE, !isEmpty && item != null && item.overdue());
                    pseudoClassStateChanged(MINE, !isEmpty && item != null && item.mine());
                    setAccessibleText(isEmpty || item == null ? null : item.spoken());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.form().edit(row.getItem());
                }
            });
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                viewModel.form().edit(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        table.visibleProperty().bind(viewModel.modeProperty().isEqualTo(TasksViewModel.Mode.LIST)
                .and(Bindings.isNotEmpty(viewModel.listed()).or(viewModel.loadedProperty().not())));
        table.managedProperty().bind(table.visibleProperty());
        empty.setSign("☑");
        empty.visibleProperty().bind(viewModel.loadedProperty().and(Bindings.isEmpty(viewModel.listed()))
                .and(viewModel.modeProperty().isEqualTo(TasksViewModel.Mode.LIST)));
        empty.managedProperty().bind(empty.visibleProperty());
        empty.addAction("tasks-empty-new", "New task", this::newTask);
    }

    /** Shows {@code column}'s values in {@code words} ("" for none), sorting by the values themselves. */
    private static <T> void worded(TableColumn<TaskRow, T> column, Function<T, String> words) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T value, boolean isEmpty) {
                super.updateItem(value, isEmpty);
                setText(isEmpty || value == null ? "" : words.apply(value));
            }
        });
    }

    /** The list's rows under the table's sort; with no column chosen, the order read (the user's own first). */
    private javafx.collections.transformation.SortedList<TaskRow> sorted() {
        javafx.collections.transformation.SortedList<TaskRow> sorted = new javafx.collections.transformation.SortedList<>(viewModel.listed());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        return sorted;
    }

    private void bindBoard() {
        board.visibleProperty().bind(viewModel.modeProperty().isEqualTo(TasksViewModel.Mode.BOARD));
        board.managedProperty().bind(board.visibleProperty());
        column(openColumn, TaskStatus.OPEN);
        column(startedColumn, TaskStatus.IN_PROGRESS);
        column(doneColumn, TaskStatus.DONE);
    }

    private void column(ListView<TaskRow> list, TaskStatus status) {
        list.setItems(viewModel.column(status));
        list.setCellFactory(l -> new TaskCard());
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            TaskRow chosen = list.getSelectionModel().getSelectedItem();
            if (chosen == null) {
                if (e.getCode() == KeyCode.RIGHT && !e.isShortcutDown()) {
                    neighbour(status, 1).requestFocus();
                    e.consume();
                } else if (e.getCode() == KeyCode.LEFT && !e.isShortcutDown()) {
                    neighbour(status, -1).requestFocus();
                    e.consume();
                }
                return;
            }
            if (e.isShortcutDown() && (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT)) {
                int step = e.getCode() == KeyCode.RIGHT ? 1 : -1;
                follow(chosen.task().id(), status, step);
                viewModel.step(chosen, step);
                e.consume();
            } else if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT) {
                ListView<TaskRow> next = neighbour(status, e.getCode() == KeyCode.RIGHT ? 1 : -1);
                next.requestFocus();
                if (!next.getItems().isEmpty()) {
                    next.getSelectionModel().select(Math.min(list.getSelectionModel().getSelectedIndex(), next.getItems().size() - 1));
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                viewModel.form().edit(chosen);
                e.consume();
            }
        });
        list.setOnDragOver(e -> {
            if (e.getDragboard().hasString()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        list.setOnDragDropped(e -> {
            boolean moved = false;
            if (e.getDragboard().hasString()) {
                TaskRow row = viewModel.row(UUID.fromString(e.getDragboard().getString()));
                if (row != null) {
                    viewModel.move(row, status);
                    moved = true;
                }
            }
            e.setDropCompleted(moved);
            e.consume();
        });
    }

    /** Once the moved task arrives in its new column, that column holds the focus with the task chosen. */
    private void follow(UUID id, TaskStatus from, int step) {
        int at = from.ordinal() + step;
        if (at < 0 || at >= TaskStatus.values().length) {
            return;
        }
        ListView<TaskRow> target = neighbour(from, step);
        javafx.collections.ListChangeListener<TaskRow> arrival = new javafx.collections.ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends TaskRow> c) {
                for (int i = 0; i < target.getItems().size(); i++) {
                    if (target.getItems().get(i).task().id().equals(id)) {
                        target.getItems().removeListener(this);
                        target.requestFocus();
                        target.getSelectionModel().select(i);
                        target.scrollTo(i);
                        return;
                    }
                }
            }
        };
        target.getItems().addListener(arrival);
    }

    private ListView<TaskRow> neighbour(TaskStatus status, int step) {
        int at = Math.max(0, Math.min(2, status.ordinal() + step));
        return switch (TaskStatus.values()[at]) {
            case OPEN -> openColumn;
            case IN_PROGRESS -> startedColumn;
            case DONE -> doneColumn;
        };
    }

    /** A task on the board: title, patient, who, due day; dragged by its id. */
    private final class TaskCard extends ListCell<TaskRow> {
        TaskCard() {
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(getItem().task().id().toString());
                    startDragAndDrop(TransferMode.MOVE).setContent(content);
                    e.consume();
                }
            });
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() != null) {
                    viewModel.form().edit(getItem());
                }
            });
        }

        @Override
        protected void updateItem(TaskRow row, boolean isEmpty) {
            super.updateItem(row, isEmpty);
            setText(null);
            pseudoClassStateChanged(OVERDUE, !isEmpty && row != null && row.overdue());
            if (isEmpty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Label heading = new Label(row.task().title());
            heading.getStyleClass().add("task-title");
            heading.setWrapText(true);
            String about = String.join(" · ", java.util.stream.Stream.of(row.patient(),
                    row.assignee().isEmpty() ? "Not assigned" : row.assignee(),
                    row.task().dueDate() == null ? "" : "due " + TaskWords.day(row.task().dueDate()),
                    TaskWords.priority(row.task().priority()).toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList());
            Label details = new Label(about);
            details.getStyleClass().add("task-details");
            details.setWrapText(true);
            VBox card = new VBox(heading, details);
            card.getStyleClass().add("task-card");
            setGraphic(card);
            setAccessibleText(row.spoken());
        }
    }

    private void bindForm() {
        TaskFormViewModel vm = viewModel.form();
        form.visibleProperty().bind(vm.showingProperty());
        form.managedProperty().bind(form.visibleProperty());
        formHeading.textProperty().bind(vm.headingProperty());
        FieldError.bind(title, vm.titleProperty(), titleError, vm.news().errors().of("title"));
        description.textProperty().bindBidirectional(vm.descriptionProperty());
        assignee.setItems(vm.assignees());
        assignee.valueProperty().bindBidirectional(vm.assigneeProperty());
        FieldError.show(assignee, assigneeError, vm.news().errors().of("assignee"));
        FieldError.bind(due, vm.dueProperty(), dueError, vm.news().errors().of("due"));
        formPriority.setItems(FXCollections.observableArrayList(TaskPriority.HIGH, TaskPriority.MEDIUM, TaskPriority.LOW));
        formPriority.setConverter(ChoiceLabels.of(p -> p == null ? "" : TaskWords.priority(p)));
        formPriority.valueProperty().bindBidirectional(vm.priorityProperty());
        formStatus.setItems(FXCollections.observableArrayList(TaskStatus.values()));
        formStatus.setConverter(ChoiceLabels.of(s -> s == null ? "" : TaskWords.status(s)));
        formStatus.valueProperty().bindBidirectional(vm.statusProperty());
        formStatus.disableProperty().bind(vm.editingProperty().isNull());
        formPatient.bind(vm.patientPicker());
        formPatientChosen.visibleProperty().bind(vm.patientProperty().isNotNull());
        formPatientChosen.managedProperty().bind(formPatientChosen.visibleProperty());
        formPatient.visibleProperty().bind(vm.patientProperty().isNull());
        formPatient.managedProperty().bind(formPatient.visibleProperty());
        formPatientName.textProperty().bind(Bindings.createStringBinding(() -> {
            Patient p = vm.patientProperty().get();
            return p == null ? "" : p.displayName();
        }, vm.patientProperty()));
        formFamily.textProperty().bind(vm.familyProperty());
        formFamily.visibleProperty().bind(vm.familyProperty().isNotEmpty());
        formFamily.managedProperty().bind(formFamily.visibleProperty());
        FieldError.show(patientError, vm.news().errors().of("patient"));
        save.disableProperty().bind(vm.news().busyProperty());
        Banner.bind(formFailure, Banner.Kind.FAILURE, vm.news().failureProperty());
        vm.showingProperty().addListener((obs, was, now) -> {
            if (now) {
                title.requestFocus();
            } else {
                focusTasks();
            }
        });
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.close();
                e.consume();
            }
        });
    }

    private void focusTasks() {
        if (viewModel.modeProperty().get() == TasksViewModel.Mode.BOARD) {
            openColumn.requestFocus();
            if (openColumn.getSelectionModel().isEmpty() && !openColumn.getItems().isEmpty()) {
                openColumn.getSelectionModel().select(0);
            }
        } else if (table.isVisible()) {
            table.requestFocus();
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        } else {
            empty.actions().get(0).requestFocus();
        }
    }

    @FXML
    private void newTask() {
        viewModel.form().startNew();
    }

    @FXML
    private void save() {
        viewModel.form().save();
    }

    @FXML
    private void cancel() {
        viewModel.form().close();
    }

    @FXML
    private void clearPatient() {
        viewModel.clearPatient();
    }

    @FXML
    private void clearFormPatient() {
        viewModel.form().clearPatient();
    }
}
