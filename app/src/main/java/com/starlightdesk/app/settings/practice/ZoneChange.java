package com.starlightdesk.app.settings.practice;

import com.starlightdesk.data.domain.WorkingHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What moves when the practice's time zone changes, in words for the confirmation card: visits keep their
 * moment, so they show at other clock times (shown with the next visit still to come, or a 9:00 visit today
 * when none is booked), while the working hours keep their clock times in the new zone. Names no patient.
 * Immutable.
 */
public record ZoneChange(ZoneId from, ZoneId to, String title, List<String> points) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.US);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    public ZoneChange {
        points = List.copyOf(points);
    }

    /** The change from {@code from} to {@code to}, with the practice's next visit (if any) and its hours. */
    public static ZoneChange of(ZoneId from, ZoneId to, Optional<Instant> nextVisit, WorkingHours hours, Instant now) {
        List<String> points = new ArrayList<>();
        Instant example = nextVisit.orElseGet(() -> ZonedDateTime.ofInstant(now, from).toLocalDate().atTime(9, 0).atZone(from).toInstant());
        ZonedDateTime before = example.atZone(from);
        ZonedDateTime after = example.atZone(to);
        String which = nextVisit.isPresent() ? "The next visit, " + DAY.format(before) + " at " + CLOCK.format(before) + ","
                : "A visit at " + CLOCK.format(before) + " today";
        String shift = before.toLocalDateTime().equals(after.toLocalDateTime()) ? " still shows at " + CLOCK.format(after)
                : " will show at " + CLOCK.format(after) + (after.toLocalDate().equals(before.toLocalDate()) ? "" : " on " + DAY.format(after));
        points.add("Visits keep their moment in time, so the calendar shows them at other clock times. " + which + shift + ".");
        DayOfWeek firstOpen = firstOpenDay(hours);
        WorkingHours.Span span = hours.on(firstOpen).orElseThrow();
        String range = CLOCK.format(span.opens()) + "–" + CLOCK.format(span.closes());
        points.add("Working hours keep their clock times: " + firstOpen.getDisplayName(TextStyle.SHORT, Locale.US) + " " + range
                + " stays " + range + ", in " + to.getId() + " time.");
        points.add("Every desk of the practice takes the new time zone at its next sign-in.");
        return new ZoneChange(from, to, "Change the time zone from " + from.getId() + " to " + to.getId() + "?", points);
    }

    private static DayOfWeek firstOpenDay(WorkingHours hours) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (hours.isOpen(day)) {
                return day;
            }
        }
        throw new IllegalStateException("Working hours have an open day");
    }

    /** The whole explanation, one point a paragraph. */
    public String text() {
        return String.join("\n\n", points);
    }
}
