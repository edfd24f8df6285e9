package com.starlightdesk.app.tasks;

import com.starlightdesk.app.parts.UsDates;
import com.starlightdesk.data.domain.TaskPriority;
import com.starlightdesk.data.domain.TaskStatus;
import java.time.LocalDate;

/** How the Tasks place words statuses, priorities and days. Stateless. */
final class TaskWords {
    private TaskWords() {
    }

    static String status(TaskStatus status) {
        return switch (status) {
            case OPEN -> "Open";
            case IN_PROGRESS -> "In progress";
            case DONE -> "Done";
        };
    }

    static String priority(TaskPriority priority) {
        return switch (priority) {
            case LOW -> "Low";
            case MEDIUM -> "Medium";
            case HIGH -> "High";
        };
    }

    static String day(LocalDate day) {
        return UsDates.write(day);
    }
}
