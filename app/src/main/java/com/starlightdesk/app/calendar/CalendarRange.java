package com.starlightdesk.app.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a view shows, {@code [first, end)}, in the practice's zone. Weeks start on Monday; a month
 * view shows the six weeks that hold the month. Converting to instants goes through each day's start
 * in the zone, so a week with a daylight-saving change is 167 or 169 hours long. Immutable.
 */
public record CalendarRange(LocalDate first, LocalDate end) {

    public static CalendarRange of(CalendarMode mode, LocalDate anchor) {
        return switch (mode) {
            case DAY -> new CalendarRange(anchor, anchor.plusDays(1));
            case WEEK -> {
                LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new CalendarRange(monday, monday.plusDays(7));
            }
            case MONTH -> {
                LocalDate start = anchor.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new CalendarRange(start, start.plusDays(42));
            }
        };
    }

    /** The anchor one step later (or earlier, for {@code steps < 0}). */
    public static LocalDate step(CalendarMode mode, LocalDate anchor, int steps) {
        return switch (mode) {
            case DAY -> anchor.plusDays(steps);
            case WEEK -> anchor.plusWeeks(steps);
            case MONTH -> anchor.plusMonths(steps);
        };
    }

    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; d.isBefore(end); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    public Instant from(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    public Instant to(ZoneId zone) {
        return end.atStartOfDay(zone).toInstant();
    }
}
