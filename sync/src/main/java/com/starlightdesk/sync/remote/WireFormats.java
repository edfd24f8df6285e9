package com.starlightdesk.sync.remote;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
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
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);

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
        return parseLocalDateTime(text).toInstant(ZoneOffset.UTC);
    }

    public static LocalDateTime parseLocalDateTime(String text) {
        LocalDateTime quick = quickTimestamp(text, ' ');
        return quick != null ? quick : LocalDateTime.parse(text.trim(), TIMESTAMP);
    }

    /** PostgreSQL's JSON form of a timestamp without time zone: {@code YYYY-MM-DDTHH:MM:SS[.ffffff]}. */
    public static LocalDateTime parseJsonTimestamp(String text) {
        LocalDateTime quick = quickTimestamp(text, 'T');
        return quick != null ? quick : LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    /**
     * Reads the common shape {@code YYYY-MM-DD?HH:MM:SS[.f{1,9}]} digit by digit (the formatter costs
     * microseconds per value, which a bootstrap pays for every timestamp); null for any other shape,
     * which the caller then hands to the formatter for its precise error or its rarer forms.
     */
    private static LocalDateTime quickTimestamp(String s, char separator) {
        int n = s.length();
        if (n < 19 || n > 29 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != separator
                || s.charAt(13) != ':' || s.charAt(16) != ':' || (n > 19 && (n == 20 || s.charAt(19) != '.'))) {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int nanos = 0;
        if (n > 19) {
            int fraction = digits(s, 20, n);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = n - 20; i < 9; i++) {
                nanos *= 10;
            }
        }
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The decimal number in {@code s[from, to)}, or -1 if any character is not a digit. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
