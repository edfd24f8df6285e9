package com.starlightdesk.app.tasks;

import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.PatientPickerViewModel;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.StaffTask;
import com.starlightdesk.data.domain.TaskPriority;
import com.starlightdesk.data.domain.TaskStatus;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.repo.StaffTasks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Tasks place: the practice's tasks as a list (the signed-in user's first, sortable) and as a board of Open,
 * In progress and Done, under filters (whose, status, priority, overdue, a patient or their whole family), with a
 * task moved between the board's columns, and the task form ({@link TaskFormViewModel}). The status filter narrows
 * the list only; the board always shows its three columns. Reads and writes run through the {@link TaskExecutor};
 * a change tells the session's screens (the top bar's count follows). Confined to the FX thread; needs no toolkit.
 */
public final class TasksViewModel {
    /** Whose tasks are listed: everyone's, the signed-in user's, nobody's yet, or one user's. */
    public record Whose(String label, UUID userId, boolean unassigned) {
        static final Whose EVERYONE = new Whose("Everyone", null, false);
        static final Whose NOBODY = new Whose("Not assigned", null, true);

        @Override
        public String toString() {
            return label;
        }
    }

    /** Which way the place shows the tasks. */
    public enum Mode { LIST, BOARD }

    private final Session session;
    private final TaskExecutor executor;
    private final TaskFormViewModel form;
    private final PatientPickerViewModel patientPicker;
    private final List<Runnable> openListeners = new ArrayList<>();

    private final Whose mine;
    private final ObservableList<Whose> whoseChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Whose> whose = new SimpleObjectProperty<>();
    private final ObjectProperty<TaskStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<TaskPriority> priority = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<Patient> patient = new SimpleObjectProperty<>();
    private final BooleanProperty wholeFamily = new SimpleBooleanProperty(true);
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.LIST);

    private final ObservableList<TaskRow> rows = FXCollections.observableArrayList();
    private final FilteredList<TaskRow> listed = new FilteredList<>(rows);
    private final FilteredList<TaskRow> open = new FilteredList<>(rows, r -> r.task().status() == TaskStatus.OPEN);
    private final FilteredList<TaskRow> started = new FilteredList<>(rows, r -> r.task().status() == TaskStatus.IN_PROGRESS);
    private final FilteredList<TaskRow> done = new FilteredList<>(rows, r -> r.task().status() == TaskStatus.DONE);
    private final StringProperty count = new SimpleStringProperty("");
    private final StringProperty news = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private long reads;

    public TasksViewModel(Session session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
        this.mine = new Whose("My tasks", session.user().id(), false);
        whoseChoices.setAll(Whose.EVERYONE, mine, Whose.NOBODY);
        whose.set(Whose.EVERYONE);
        this.form = new TaskFormViewModel(session, executor, this::saved);
        this.patientPicker = new PatientPickerViewModel(session.data(), executor, patient::set);
        whose.addListener((obs, old, now) -> load());
        priority.addListener((obs, old, now) -> load());
        overdueOnly.addListener((obs, old, now) -> load());
        patient.addListener((obs, old, now) -> load());
        wholeFamily.addListener((obs, old, now) -> load());
        status.addListener((obs, old, now) -> narrow());
        session.changes().addListener(this::load);
    }

    /** Reads the tasks under the filters, and the users (for names and the whose-choices). */
    public void load() {
        StaffTasks.Filter filter = filter();
        long read = ++reads;
        executor.submit(() -> read(filter), result -> {
            if (read == reads) {
                show(result);
            }
        }, e -> failure.set(SafeMessages.of(e)));
    }

    private record Read(List<TaskRow> rows, List<User> users) {
    }

    private StaffTasks.Filter filter() {
        Whose w = whose.get();
        StaffTasks.Filter f = StaffTasks.Filter.ALL.priority(priority.get()).overdue(overdueOnly.get())
                .about(patient.get() == null ? null : patient.get().id(), wholeFamily.get());
        return w == null || w.userId() == null ? f : f.assignedTo(w.userId());
    }

    private Read read(StaffTasks.Filter filter) {
        StaffTasks tasks = session.data().tasks();
        LocalDate today = tasks.today();
        List<StaffTask> found = tasks.list(filter);
        if (whose.get() != null && whose.get().unassigned()) {
            found = found.stream().filter(t -> t.assignedTo() == null).toList();
        }
        List<User> users = session.data().office().users();
        Map<UUID, String> userNames = users.stream().collect(Collectors.toMap(User::id, User::displayName));
        Map<UUID, String> patients = session.data().patients().displayNames(
                found.stream().map(StaffTask::patientId).filter(Objects::nonNull).distinct().toList());
        UUID me = session.user().id();
        return new Read(found.stream().map(t -> new TaskRow(t, name(patients, t.patientId()), name(userNames, t.assignedTo()),
                me.equals(t.assignedTo()), t.status() != TaskStatus.DONE && t.dueDate() != null && t.dueDate().isBefore(today)))
                .toList(), users);
    }

    private static String name(Map<UUID, String> names, UUID id) {
        return id == null ? "" : names.getOrDefault(id, "");
    }

    private void show(Read read) {
        failure.set("");
        rows.setAll(read.rows());
        Whose chosen = whose.get();
        List<Whose> choices = new ArrayList<>(List.of(Whose.EVERYONE, mine, Whose.NOBODY));
        read.users().stream().filter(User::isActive).filter(u -> !u.id().equals(mine.userId()))
                .forEach(u -> choices.add(new Whose(u.displayName(), u.id(), false)));
        if (!whoseChoices.equals(choices)) {
            whoseChoices.setAll(choices);
            whose.set(choices.stream().filter(c -> c.equals(chosen)).findFirst().orElse(Whose.EVERYONE));
        }
        form.offer(read.users());
        narrow();
        loaded.set(true);
    }

    private void narrow() {
        TaskStatus s = status.get();
        listed.setPredicate(s == null ? null : r -> r.task().status() == s);
        count.set(listed.size() == 1 ? "1 task" : listed.size() + " tasks");
    }

    /** Shows the signed-in user's tasks (the top bar's My tasks), and tells whoever shows the place. */
    public void showMine() {
        status.set(null);
        priority.set(null);
        overdueOnly.set(false);
        patientPicker.clear();
        patient.set(null);
        whose.set(mine);
        openListeners.forEach(Runnable::run);
    }

    /** {@code listener} runs each time another part of the desk asks for the Tasks place. */
    public void addOpenListener(Runnable listener) {
        openListeners.add(listener);
    }

    /** Stops narrowing to a patient. */
    public void clearPatient() {
        patientPicker.clear();
        patient.set(null);
    }

    /** Moves {@code row}'s task to {@code to}: started, done, or open again. */
    public void move(TaskRow row, TaskStatus to) {
        if (row == null || row.task().status() == to) {
            return;
        }
        news.set("");
        failure.set("");
        UUID id = row.task().id();
        executor.submit(() -> session.data().tasks().move(id, to), moved -> {
            news.set("“" + moved.title() + "” is " + TaskWords.status(to).toLowerCase(java.util.Locale.ROOT) + ".");
            changed();
        }, e -> failure.set(SafeMessages.of(e)));
    }

    /** Moves {@code row}'s task one column right (+1) or left (-1) on the board; nothing past the ends. */
    public void step(TaskRow row, int direction) {
        if (row == null) {
            return;
        }
        int at = row.task().status().ordinal() + direction;
        if (at >= 0 && at < TaskStatus.values().length) {
            move(row, TaskStatus.values()[at]);
        }
    }

    /** The task whose id is {@code id} among those shown, if it is. */
    public TaskRow row(UUID id) {
        return rows.stream().filter(r -> r.task().id().equals(id)).findFirst().orElse(null);
    }

    private void saved(StaffTask task, boolean added) {
        news.set(added ? "“" + task.title() + "” is added." : "Saved “" + task.title() + "”.");
        changed();
    }

    private void changed() {
        // The session's screens read again; this place among them (it listens too).
        session.changes().changed();
    }

    /** The rows of the board's column for {@code of}. */
    public ObservableList<TaskRow> column(TaskStatus of) {
        return switch (of) {
            case OPEN -> open;
            case IN_PROGRESS -> started;
            case DONE -> done;
        };
    }

    public TaskFormViewModel form() { return form; }
    /** Narrows the tasks to a patient's (or their family's): the place's patient search. */
    public PatientPickerViewModel patientPicker() { return patientPicker; }
    public ObservableList<Whose> whoseChoices() { return whoseChoices; }
    public ObjectProperty<Whose> whoseProperty() { return whose; }
    /** The list's status filter; null: every status. */
    public ObjectProperty<TaskStatus> statusProperty() { return status; }
    /** null: every priority. */
    public ObjectProperty<TaskPriority> priorityProperty() { return priority; }
    public BooleanProperty overdueOnlyProperty() { return overdueOnly; }
    public ReadOnlyObjectProperty<Patient> patientProperty() { return patient; }
    public BooleanProperty wholeFamilyProperty() { return wholeFamily; }
    public ObjectProperty<Mode> modeProperty() { return mode; }
    /** The list's rows: the tasks read, narrowed by status. */
    public ObservableList<TaskRow> listed() { return listed; }
    public ReadOnlyStringProperty countProperty() { return count; }
    public ReadOnlyStringProperty newsProperty() { return news; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
    public BooleanProperty loadedProperty() { return loaded; }
}
