package com.starlightdesk.app.calendar;

import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.WorkingHours;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/** Words for a visit booked outside the practice's working hours, as shown on screen. Stateless. */
public final class WorkingHoursWarning {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private WorkingHoursWarning() {
    }

    /** "" when the visit lies within its day's working hours; otherwise the day's hours. */
    public static String describe(Appointment visit, WorkingHours hours, ZoneId zone) {
        ZonedDateTime start = visit.startTime().atZone(zone);
        ZonedDateTime end = visit.endTime().atZone(zone);
        String day = start.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US);
        Optional<WorkingHours.Span> span = hours.on(start.getDayOfWeek());
        if (span.isEmpty()) {
            return "Outside working hours: the practice is closed on " + day + "s.";
        }
        boolean within = !start.toLocalTime().isBefore(span.get().opens()) && end.toLocalDate().equals(start.toLocalDate())
                && !end.toLocalTime().isAfter(span.get().closes());
        return within ? "" : "Outside working hours: " + day + " " + TIME.format(span.get().opens()) + "–"
                + TIME.format(span.get().closes()) + ".";
    }

    /** The two warnings of a visit in one line, either or both possibly empty. */
    static String join(String first, String second) {
        return first.isEmpty() ? second : second.isEmpty() ? first : first + " " + second;
    }
}
