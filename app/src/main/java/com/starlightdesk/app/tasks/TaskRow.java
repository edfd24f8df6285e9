package com.starlightdesk.app.tasks;

import com.starlightdesk.data.domain.StaffTask;

/**
 * A task as the Tasks place shows it: with its patient's and assignee's names ("" for none), whether it is the
 * signed-in user's and whether it is overdue on the practice's day. Immutable.
 */
public record TaskRow(StaffTask task, String patient, String assignee, boolean mine, boolean overdue) {

    /** What a screen reader says of the row: title, who, when. */
    public String spoken() {
        return task.title() + (assignee.isEmpty() ? ", unassigned" : ", for " + assignee)
                + (task.dueDate() == null ? "" : ", due " + TaskWords.day(task.dueDate())) + (overdue ? ", overdue" : "");
    }
}
