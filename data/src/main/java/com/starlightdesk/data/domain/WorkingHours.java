package com.starlightdesk.data.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the practice sees patients: for each open weekday one span in the practice's local time, in
 * quarter hours; days not named are closed. Stored as text, e.g.
 * {@code mon 08:00-18:00, tue 08:00-18:00, sat 09:00-12:00}. Immutable.
 */
public final class WorkingHours {
    private static final Pattern DAY = Pattern.compile("(?i)\\s*([a-z]+)\\s+(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*");

    /** Monday to Friday, 8:00 to 18:00: the hours of a new practice. */
    public static final WorkingHours WEEKDAYS = parse("workingHours",
            "mon 08:00-18:00, tue 08:00-18:00, wed 08:00-18:00, thu 08:00-18:00, fri 08:00-18:00");

    /** One open day: from {@code opens} until {@code closes}, local time. */
    public record Span(LocalTime opens, LocalTime closes) {
        public boolean contains(LocalTime time) {
            return !time.isBefore(opens) && time.isBefore(closes);
        }
    }

    private final Map<DayOfWeek, Span> days;

    private WorkingHours(Map<DayOfWeek, Span> days) {
        this.days = Collections.unmodifiableMap(new EnumMap<>(days));
    }

    /** Hours with these open days; fails when none is open or a span is not in quarter hours. */
    public static WorkingHours of(Map<DayOfWeek, Span> days) {
        return new WorkingHours(checked("workingHours", days));
    }

    /**
     * Reads the stored or typed form. Fails, naming {@code field}, for an unknown day, a day named
     * twice, a time that is not {@code HH:MM} in quarter hours, a day that closes before it opens, or
     * no open day at all.
     */
    public static WorkingHours parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, "must name at least one open day, e.g. mon 08:00-18:00");
        }
        Map<DayOfWeek, Span> days = new EnumMap<>(DayOfWeek.class);
        for (String part : text.split("[,;]")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = DAY.matcher(part);
            if (!m.matches()) {
                throw new ValidationException(field, "each open day reads like mon 08:00-18:00");
            }
            DayOfWeek day = day(field, m.group(1));
            if (days.containsKey(day)) {
                throw new ValidationException(field, "names " + code(day) + " twice");
            }
            days.put(day, new Span(time(field, day, m.group(2), m.group(3)), time(field, day, m.group(4), m.group(5))));
        }
        return new WorkingHours(checked(field, days));
    }

    private static Map<DayOfWeek, Span> checked(String field, Map<DayOfWeek, Span> days) {
        if (days.isEmpty()) {
            throw new ValidationException(field, "must name at least one open day, e.g. mon 08:00-18:00");
        }
        for (Map.Entry<DayOfWeek, Span> e : days.entrySet()) {
            Span span = e.getValue();
            if (span.opens().getMinute() % 15 != 0 || span.closes().getMinute() % 15 != 0
                    || span.opens().getSecond() != 0 || span.closes().getSecond() != 0 || span.opens().getNano() != 0
                    || span.closes().getNano() != 0) {
                throw new ValidationException(field, code(e.getKey()) + ": times are in quarter hours (:00, :15, :30, :45)");
            }
            if (!span.closes().isAfter(span.opens())) {
                throw new ValidationException(field, code(e.getKey()) + " must close after it opens");
            }
        }
        return days;
    }

    private static DayOfWeek day(String field, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (code(d).equals(n) || d.name().toLowerCase(Locale.ROOT).equals(n)) {
                return d;
            }
        }
        throw new ValidationException(field, "days are mon, tue, wed, thu, fri, sat, sun");
    }

    private static LocalTime time(String field, DayOfWeek day, String hour, String minute) {
        int h = Integer.parseInt(hour);
        int m = Integer.parseInt(minute);
        if (h > 23 || m > 59) {
            throw new ValidationException(field, code(day) + ": times run from 00:00 to 23:45");
        }
        return LocalTime.of(h, m);
    }

    private static String code(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.US).toLowerCase(Locale.ROOT);
    }

    /** The day's span, or empty when the practice is closed that day. */
    public Optional<Span> on(DayOfWeek day) {
        return Optional.ofNullable(days.get(day));
    }

    public boolean isOpen(DayOfWeek day) {
        return days.containsKey(day);
    }

    /** The earliest opening over the week. */
    public LocalTime earliestOpening() {
        return days.values().stream().map(Span::opens).min(LocalTime::compareTo).orElseThrow();
    }

    /** The latest closing over the week. */
    public LocalTime latestClosing() {
        return days.values().stream().map(Span::closes).max(LocalTime::compareTo).orElseThrow();
    }

    /** The stored form, days in week order: {@code mon 08:00-18:00, tue 08:00-18:00}. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<DayOfWeek, Span> e : days.entrySet()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(code(e.getKey())).append(' ')
                    .append(e.getValue().opens()).append('-').append(e.getValue().closes());
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingHours other && days.equals(other.days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
