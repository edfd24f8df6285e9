package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.StaffTask;
import com.starlightdesk.data.domain.TaskStatus;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import java.util.List;
import java.util.UUID;

/**
 * The practice's to-dos (call-backs, forms to send) under the rules every desk shares: a new task is open, about a
 * patient of the practice when it names one, and assigned to an active user of the practice when it names one. Any
 * active user may add tasks: they are the front office's shared records. Writes go through
 * {@link PracticeData#write}, so they sync (the {@code tasks} table syncs like every practice table) and a task about
 * a patient is audited. Thread-safe; every call blocks on the store.
 */
public final class StaffTasks {
    private final PracticeData data;

    StaffTasks(PracticeData data) {
        this.data = data;
    }

    /** Adds {@code tasks} all or none; the first bad one fails the batch, named as {@code tasks[i].field}. */
    public List<StaffTask> add(List<StaffTask> tasks) {
        checkActive();
        if (tasks.isEmpty()) {
            throw new ValidationException("tasks", "are required: at least one task");
        }
        return data.write(changes -> {
            PatientQueries patients = changes.queries(PatientQueries.class);
            return java.util.stream.IntStream.range(0, tasks.size()).mapToObj(i -> {
                StaffTask task = tasks.get(i);
                try {
                    if (task.status() != TaskStatus.OPEN) {
                        throw new ValidationException("status", "of a new task is open");
                    }
                    if (task.patientId() != null && patients.findById(task.patientId()).isEmpty()) {
                        throw new ValidationException("patientId", "is not one of the practice's patients");
                    }
                    if (task.assignedTo() != null && data.office().user(task.assignedTo()).filter(User::isActive).isEmpty()) {
                        throw new ValidationException("assignedTo", "is not an active user of the practice");
                    }
                } catch (ValidationException e) {
                    throw tasks.size() == 1 ? e
                            : new ValidationException("tasks[" + i + "]." + e.field(), e.getMessage().substring(e.field().length() + 2));
                }
                return changes.insert(task);
            }).toList();
        });
    }

    /** The tasks about {@code patientId} not done yet, soonest due first. */
    public List<StaffTask> openAbout(UUID patientId) {
        return data.office().openTasksAbout(patientId);
    }

    private void checkActive() {
        if (data.office().user(data.actorId()).filter(User::isActive).isEmpty()) {
            throw new SecurityException("Only an active user of the practice can add tasks");
        }
    }
}
