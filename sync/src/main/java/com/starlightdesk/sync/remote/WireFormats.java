package com.starlightdesk.sync.remote;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * The Data API's text forms of dates and times: {@code YYYY-MM-DD}, {@code HH:MM:SS[.ffffff]} and
 * {@code YYYY-MM-DD HH:MM:SS[.ffffff]} (no {@code T}, no offset; timestamptz in UTC). Fractions are
 * printed without trailing zeros, as PostgreSQL prints them. Stateless and thread-safe.
 */
public final class WireFormats {

    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    private WireFormats() {
    }

    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    public static String timestamp(LocalDateTime dateTime) {
        return TIMESTAMP.format(dateTime);
    }

    public static String timestamp(OffsetDateTime dateTime) {
        return timestamp(dateTime.toInstant());
    }

    public static Instant parseInstant(String text) {
        return LocalDateTime.parse(text.trim(), TIMESTAMP).toInstant(ZoneOffset.UTC);
    }

    public static LocalDateTime parseLocalDateTime(String text) {
        return LocalDateTime.parse(text.trim(), TIMESTAMP);
    }

    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    public static LocalTime parseTime(String text) {
        return LocalTime.parse(text.trim(), TIME);
    }

    public static LocalDate parseDate(String text) {
        return LocalDate.parse(text.trim());
    }
}
