package com.starlightdesk.app.calendar;

import com.starlightdesk.data.domain.AppointmentStatus;
import java.util.List;

/** Where a visit may go from each status: scheduled → confirmed → checked in → completed; cancelled, no-show. */
public final class VisitStatusFlow {
    private VisitStatusFlow() {
    }

    public static List<AppointmentStatus> next(AppointmentStatus from) {
        return switch (from) {
            case SCHEDULED -> List.of(AppointmentStatus.CONFIRMED, AppointmentStatus.CHECKED_IN, AppointmentStatus.CANCELLED,
                    AppointmentStatus.NO_SHOW);
            case CONFIRMED -> List.of(AppointmentStatus.CHECKED_IN, AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW);
            case CHECKED_IN -> List.of(AppointmentStatus.COMPLETED);
            case CANCELLED, NO_SHOW -> List.of(AppointmentStatus.SCHEDULED);
            case COMPLETED -> List.of();
        };
    }

    /** The action's name on a menu: "Confirm", "Check in", … */
    public static String action(AppointmentStatus to) {
        return switch (to) {
            case SCHEDULED -> "Reschedule (back to scheduled)";
            case CONFIRMED -> "Confirm";
            case CHECKED_IN -> "Check in";
            case COMPLETED -> "Complete";
            case CANCELLED -> "Cancel visit";
            case NO_SHOW -> "No-show";
        };
    }

    /** The status as the front desk says it. */
    public static String label(AppointmentStatus status) {
        return switch (status) {
            case SCHEDULED -> "Scheduled";
            case CONFIRMED -> "Confirmed";
            case CHECKED_IN -> "Checked in";
            case COMPLETED -> "Completed";
            case CANCELLED -> "Cancelled";
            case NO_SHOW -> "No-show";
        };
    }
}
