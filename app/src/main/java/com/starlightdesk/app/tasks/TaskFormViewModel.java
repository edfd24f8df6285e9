package com.starlightdesk.app.tasks;

import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FormNews;
import com.starlightdesk.app.parts.PatientPickerViewModel;
import com.starlightdesk.app.parts.UsDates;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.StaffTask;
import com.starlightdesk.data.domain.TaskPriority;
import com.starlightdesk.data.domain.TaskStatus;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The task form: title, description, who does it (the practice's active users, or nobody), due day typed as
 * M/D/YYYY, priority, and the patient it is about, picked by name, birth date or phone, with the patient's family
 * shown under it. An empty title or an unreadable due day is named at its field before anything is written; the
 * data layer's rules ({@code StaffTasks}) are named at theirs. Confined to the FX thread; needs no toolkit.
 */
public final class TaskFormViewModel {
    /** A choice of the form's assignee list: a user, or nobody. */
    public record Assignee(User user) {
        public static final Assignee NOBODY = new Assignee(null);

        public UUID id() {
            return user == null ? null : user.id();
        }

        @Override
        public String toString() {
            return user == null ? "Nobody yet" : user.displayName();
        }
    }

    private final Session session;
    private final TaskExecutor executor;
    private final BiConsumer<StaffTask, Boolean> onSaved;
    private final PatientPickerViewModel patientPicker;
    private final FormNews news = new FormNews(Map.of("patientId", "patient", "assignedTo", "assignee", "dueDate", "due"));

    private final ObjectProperty<StaffTask> editing = new SimpleObjectProperty<>();
    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final StringProperty heading = new SimpleStringProperty("New task");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObservableList<Assignee> assignees = FXCollections.observableArrayList(Assignee.NOBODY);
    private final ObjectProperty<Assignee> assignee = new SimpleObjectProperty<>(Assignee.NOBODY);
    private final StringProperty due = new SimpleStringProperty("");
    private final ObjectProperty<TaskPriority> priority = new SimpleObjectProperty<>(TaskPriority.MEDIUM);
    private final ObjectProperty<TaskStatus> status = new SimpleObjectProperty<>(TaskStatus.OPEN);
    private final ObjectProperty<Patient> patient = new SimpleObjectProperty<>();
    private final StringProperty family = new SimpleStringProperty("");
    private List<User> users = List.of();

    TaskFormViewModel(Session session, TaskExecutor executor, BiConsumer<StaffTask, Boolean> onSaved) {
        this.session = session;
        this.executor = executor;
        this.onSaved = onSaved;
        this.patientPicker = new PatientPickerViewModel(session.data(), executor, this::choosePatient);
    }

    /** The practice's users, read with the tasks: the active ones are offered, a task's former assignee kept. */
    void offer(List<User> read) {
        users = read;
        refreshAssignees();
    }

    private void refreshAssignees() {
        Assignee chosen = assignee.get();
        List<Assignee> choices = new ArrayList<>();
        choices.add(Assignee.NOBODY);
        UUID keep = editing.get() == null ? null : editing.get().assignedTo();
        users.stream().filter(u -> u.isActive() || u.id().equals(keep)).forEach(u -> choices.add(new Assignee(u)));
        assignees.setAll(choices);
        assignee.set(choices.stream().filter(a -> chosen != null && java.util.Objects.equals(a.id(), chosen.id())).findFirst()
                .orElse(Assignee.NOBODY));
    }

    /** Opens the form empty for a new task, given to the signed-in user. */
    public void startNew() {
        news.clear();
        news.errors().clear();
        editing.set(null);
        heading.set("New task");
        title.set("");
        description.set("");
        refreshAssignees();
        assignee.set(assignees.stream().filter(a -> session.user().id().equals(a.id())).findFirst().orElse(Assignee.NOBODY));
        due.set("");
        priority.set(TaskPriority.MEDIUM);
        status.set(TaskStatus.OPEN);
        patientPicker.clear();
        choosePatient(null);
        showing.set(true);
    }

    /** Opens the form on {@code row}'s task to edit it. */
    public void edit(TaskRow row) {
        if (row == null) {
            return;
        }
        news.clear();
        news.errors().clear();
        StaffTask t = row.task();
        editing.set(t);
        heading.set("Edit task");
        title.set(t.title());
        description.set(t.description() == null ? "" : t.description());
        refreshAssignees();
        assignee.set(assignees.stream().filter(a -> java.util.Objects.equals(a.id(), t.assignedTo())).findFirst().orElse(Assignee.NOBODY));
        due.set(UsDates.write(t.dueDate()));
        priority.set(t.priority());
        status.set(t.status());
        patientPicker.clear();
        patient.set(null);
        family.set("");
        if (t.patientId() != null) {
            executor.submit(() -> session.data().patients().findById(t.patientId()), found -> found.ifPresent(this::choosePatient),
                    news::failed);
        }
        showing.set(true);
    }

    /** Closes the form without saving. */
    public void close() {
        showing.set(false);
        editing.set(null);
    }

    private void choosePatient(Patient chosen) {
        patient.set(chosen);
        family.set("");
        if (chosen == null || chosen.familyId() == null) {
            return;
        }
        executor.submit(() -> session.data().households().members(chosen.id()), members -> {
            if (chosen.equals(patient.get())) {
                List<String> others = members.stream().filter(m -> !m.id().equals(chosen.id())).map(Patient::displayName).toList();
                family.set(others.isEmpty() ? "" : "Family: " + String.join(", ", others));
            }
        }, news::failed);
    }

    /** The task is about nobody. */
    public void clearPatient() {
        patientPicker.clear();
        choosePatient(null);
    }

    /** Adds the task of the form, or saves the one being edited; bad fields are named and nothing is written. */
    public void save() {
        news.clear();
        news.errors().clear();
        Optional<LocalDate> day = UsDates.read(due.get());
        if (!due.get().isBlank() && day.isEmpty()) {
            news.errors().set("due", "Not a date: type it as M/D/YYYY");
        }
        if (title.get().isBlank()) {
            news.errors().set("title", "Say what is to be done");
        }
        if (!news.errors().isEmpty()) {
            return;
        }
        StaffTask open = editing.get();
        StaffTask candidate;
        try {
            candidate = new StaffTask(open == null ? Ids.next() : open.id(), patient.get() == null ? null : patient.get().id(),
                    assignee.get() == null ? null : assignee.get().id(), title.get(), description.get(), day.orElse(null),
                    open == null ? TaskStatus.OPEN : status.get(), priority.get());
        } catch (ValidationException e) {
            news.failed(e);
            return;
        }
        news.working();
        executor.submit(() -> open == null ? session.data().tasks().add(candidate) : session.data().tasks().edit(candidate), saved -> {
            news.done("");
            showing.set(false);
            editing.set(null);
            onSaved.accept(saved, open == null);
        }, news::failed);
    }

    public FormNews news() { return news; }
    public PatientPickerViewModel patientPicker() { return patientPicker; }
    public ReadOnlyBooleanProperty showingProperty() { return showing; }
    public ReadOnlyStringProperty headingProperty() { return heading; }
    /** The task being edited; null while the form adds one. */
    public ReadOnlyObjectProperty<StaffTask> editingProperty() { return editing; }
    public StringProperty titleProperty() { return title; }
    public StringProperty descriptionProperty() { return description; }
    public ObservableList<Assignee> assignees() { return assignees; }
    public ObjectProperty<Assignee> assigneeProperty() { return assignee; }
    /** The due day as typed (M/D/YYYY), "" for none. */
    public StringProperty dueProperty() { return due; }
    public ObjectProperty<TaskPriority> priorityProperty() { return priority; }
    /** The status of the task being edited (a new task is open). */
    public ObjectProperty<TaskStatus> statusProperty() { return status; }
    public ReadOnlyObjectProperty<Patient> patientProperty() { return patient; }
    /** "Family: Noah Johnson, …", "" when the patient has no family or none is chosen. */
    public ReadOnlyStringProperty familyProperty() { return family; }
}
