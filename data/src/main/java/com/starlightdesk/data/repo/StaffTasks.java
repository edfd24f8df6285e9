package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.StaffTask;
import com.starlightdesk.data.domain.TaskPriority;
import com.starlightdesk.data.domain.TaskStatus;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The practice's to-dos (call-backs, forms to send) under the rules every desk shares: a new task is open, about a
 * patient of the practice when it names one, and assigned to an active user of the practice when it names one (a
 * task keeps an assignee who has since been deactivated until someone reassigns it). Any active user may add, edit,
 * assign and move tasks: they are the front office's shared records. Writes go through {@link PracticeData#write}, so
 * they sync (the {@code tasks} table syncs like every practice table; two desks' edits of one task merge field by
 * field) and a task about a patient is audited. "Overdue" is counted on the practice's day, in its time zone.
 * Thread-safe; every call blocks on the store.
 */
public final class StaffTasks {
    private final PracticeData data;

    StaffTasks(PracticeData data) {
        this.data = data;
    }

    /**
     * What the Tasks place lists: each filter is off when null (false for the flags). {@code dueBy} keeps tasks due
     * on or before that day; {@code overdue} keeps tasks not done and due before the practice's today;
     * {@code wholeFamily} widens {@code patientId} to the tasks about any child of that patient's family.
     */
    public record Filter(UUID assignedTo, TaskStatus status, TaskPriority priority, LocalDate dueBy, boolean overdue,
            UUID patientId, boolean wholeFamily) {
        /** Every task of the practice. */
        public static final Filter ALL = new Filter(null, null, null, null, false, null, false);

        public Filter assignedTo(UUID user) {
            return new Filter(user, status, priority, dueBy, overdue, patientId, wholeFamily);
        }

        public Filter status(TaskStatus chosen) {
            return new Filter(assignedTo, chosen, priority, dueBy, overdue, patientId, wholeFamily);
        }

        public Filter priority(TaskPriority chosen) {
            return new Filter(assignedTo, status, chosen, dueBy, overdue, patientId, wholeFamily);
        }

        public Filter dueBy(LocalDate day) {
            return new Filter(assignedTo, status, priority, day, overdue, patientId, wholeFamily);
        }

        public Filter overdue(boolean only) {
            return new Filter(assignedTo, status, priority, dueBy, only, patientId, wholeFamily);
        }

        /** Tasks about {@code patient} (null: any), or about any child of their family when {@code family}. */
        public Filter about(UUID patient, boolean family) {
            return new Filter(assignedTo, status, priority, dueBy, overdue, patient, patient != null && family);
        }

        // The names tasks.sql binds.
        public boolean anyAssignee() { return assignedTo == null; }
        public boolean anyStatus() { return status == null; }
        public String statusCode() { return status == null ? null : status.code(); }
        public boolean anyPriority() { return priority == null; }
        public String priorityCode() { return priority == null ? null : priority.code(); }
        public boolean anyDue() { return dueBy == null; }
        public boolean anyOverdue() { return !overdue; }
        public boolean anyPatient() { return patientId == null; }
    }

    /** Adds one new task under the rules of {@link #add(List)}. */
    public StaffTask add(StaffTask task) {
        return add(List.of(task)).get(0);
    }

    /** Adds {@code tasks} all or none; the first bad one fails the batch, named as {@code tasks[i].field}. */
    public List<StaffTask> add(List<StaffTask> tasks) {
        checkActive();
        if (tasks.isEmpty()) {
            throw new ValidationException("tasks", "are required: at least one task");
        }
        return data.write(changes -> {
            PatientQueries patients = changes.queries(PatientQueries.class);
            return IntStream.range(0, tasks.size()).mapToObj(i -> {
                StaffTask task = tasks.get(i);
                try {
                    if (task.status() != TaskStatus.OPEN) {
                        throw new ValidationException("status", "of a new task is open");
                    }
                    checkLinks(task, null, patients);
                } catch (ValidationException e) {
                    throw tasks.size() == 1 ? e
                            : new ValidationException("tasks[" + i + "]." + e.field(), e.getMessage().substring(e.field().length() + 2));
                }
                return changes.insert(task);
            }).toList();
        });
    }

    /** Saves {@code task} over the stored one with its id (title, description, due day, priority, patient, assignee, status). */
    public StaffTask edit(StaffTask task) {
        checkActive();
        return data.write(changes -> {
            StaffTask stored = changes.queries(TaskQueries.class).task(task.id()).orElseThrow(() -> missing(task.id()));
            checkLinks(task, stored, changes.queries(PatientQueries.class));
            return changes.update(task);
        });
    }

    /** Gives the task to {@code userId} (an active user of the practice), or to nobody when null. */
    public StaffTask assign(UUID taskId, UUID userId) {
        StaffTask t = find(taskId);
        return edit(new StaffTask(t.id(), t.patientId(), userId, t.title(), t.description(), t.dueDate(), t.status(), t.priority()));
    }

    /** Moves the task to {@code status}: started, done, or open again. */
    public StaffTask move(UUID taskId, TaskStatus status) {
        StaffTask t = find(taskId);
        return edit(new StaffTask(t.id(), t.patientId(), t.assignedTo(), t.title(), t.description(), t.dueDate(), status, t.priority()));
    }

    /** The task with {@code id}; fails when the practice has none. */
    public StaffTask find(UUID id) {
        return data.taskQueries().task(id).orElseThrow(() -> missing(id));
    }

    /** The tasks {@code filter} lets through: the signed-in user's first, then by due day (none last), priority, title. */
    public List<StaffTask> list(Filter filter) {
        return data.taskQueries().tasks(filter, today(), data.actorId());
    }

    /** How many tasks assigned to {@code userId} are not done and were due before the practice's today. */
    public long overdueCount(UUID userId) {
        return data.taskQueries().overdueCount(userId, today());
    }

    /** The practice's day now, in its time zone. */
    public LocalDate today() {
        ZoneId zone = data.office().practice().map(p -> ZoneId.of(p.timeZone())).orElse(data.clock().getZone());
        return LocalDate.now(data.clock().withZone(zone));
    }

    /** The tasks about {@code patientId} not done yet, soonest due first. */
    public List<StaffTask> openAbout(UUID patientId) {
        return data.office().openTasksAbout(patientId);
    }

    /** A named patient is the practice's; a new or changed assignee is an active user of the practice. */
    private void checkLinks(StaffTask task, StaffTask stored, PatientQueries patients) {
        if (task.patientId() != null && !(stored != null && task.patientId().equals(stored.patientId()))
                && patients.findById(task.patientId()).isEmpty()) {
            throw new ValidationException("patientId", "is not one of the practice's patients");
        }
        if (task.assignedTo() != null && !(stored != null && Objects.equals(task.assignedTo(), stored.assignedTo()))
                && data.office().user(task.assignedTo()).filter(User::isActive).isEmpty()) {
            throw new ValidationException("assignedTo", "is not an active user of the practice");
        }
    }

    private static NoSuchElementException missing(UUID id) {
        return new NoSuchElementException("No task with id " + id);
    }

    private void checkActive() {
        if (data.office().user(data.actorId()).filter(User::isActive).isEmpty()) {
            throw new SecurityException("Only an active user of the practice can change tasks");
        }
    }
}
