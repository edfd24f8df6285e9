package com.starlightdesk.app.calendar;

import com.starlightdesk.data.domain.WorkingHours;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** The hours the week grid shows, from the start of hour {@code first} to the start of hour {@code last}. Immutable. */
record ShownHours(int first, int last) {

    /** An hour before the earliest opening of the week to an hour after the latest closing, widened to hold every visit. */
    static ShownHours of(WorkingHours hours, List<CalendarVisit> visits, ZoneId zone) {
        int first = Math.max(0, hours.earliestOpening().getHour() - 1);
        LocalTime closing = hours.latestClosing();
        int last = Math.min(24, closing.getHour() + (closing.getMinute() > 0 ? 1 : 0) + 1);
        for (CalendarVisit v : visits) {
            ZonedDateTime start = v.start(zone);
            ZonedDateTime end = v.end(zone);
            first = Math.min(first, start.getHour());
            int endHour = end.toLocalDate().isAfter(start.toLocalDate()) ? 24 : end.getHour() + (end.getMinute() > 0 ? 1 : 0);
            last = Math.max(last, endHour);
        }
        return new ShownHours(first, Math.max(last, first + 1));
    }

    int firstMinute() {
        return first * 60;
    }

    int lastMinute() {
        return last * 60;
    }
}
