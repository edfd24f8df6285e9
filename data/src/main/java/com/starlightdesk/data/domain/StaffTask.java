package com.starlightdesk.data.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A to-do for the practice's staff, optionally about a patient and assigned to a user. */
public record StaffTask(
        UUID id,
        UUID patientId,
        UUID assignedTo,
        String title,
        String description,
        LocalDate dueDate,
        TaskStatus status,
        TaskPriority priority) {

    public StaffTask {
        Fields.id("id", id);
        title = Fields.text("title", title, 200);
        description = Fields.optionalText("description", description, 4000);
        Fields.required("status", status);
        Fields.required("priority", priority);
    }
}
