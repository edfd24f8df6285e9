package com.starlightdesk.data.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The field rules shared by the domain records' constructors. Every failure is a
 * {@link ValidationException} naming the field. Stateless.
 */
public final class Fields {

    /** Largest amount a {@code numeric(12,2)} column holds. */
    public static final BigDecimal MAX_MONEY = new BigDecimal("9999999999.99");

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+()\\-. ]{7,32}$");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    private Fields() {
    }

    public static UUID id(String field, UUID value) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        return value;
    }

    /** Required text: trimmed, non-blank, at most {@code max} characters, no control characters. */
    public static String text(String field, String value, int max) {
        String t = optionalText(field, value, max);
        if (t == null) {
            throw new ValidationException(field, "is required");
        }
        return t;
    }

    /** Optional text: blank becomes null; otherwise trimmed, at most {@code max} characters. */
    public static String optionalText(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        String t = value.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.length() > max) {
            throw new ValidationException(field, "is longer than " + max + " characters");
        }
        if (CONTROL.matcher(t).find()) {
            throw new ValidationException(field, "contains control characters");
        }
        return t;
    }

    public static String optionalEmail(String field, String value) {
        String t = optionalText(field, value, 254);
        if (t != null && !EMAIL.matcher(t).matches()) {
            throw new ValidationException(field, "is not an email address");
        }
        return t == null ? null : t.toLowerCase(Locale.ROOT);
    }

    public static String email(String field, String value) {
        String t = optionalEmail(field, value);
        if (t == null) {
            throw new ValidationException(field, "is required");
        }
        return t;
    }

    public static String optionalPhone(String field, String value) {
        String t = optionalText(field, value, 32);
        if (t != null && (!PHONE.matcher(t).matches() || t.chars().filter(Character::isDigit).count() < 7)) {
            throw new ValidationException(field, "is not a phone number (7 or more digits)");
        }
        return t;
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        return value;
    }

    /** Money: not negative, at most two decimal places, fits numeric(12,2); normalised to scale 2. */
    public static BigDecimal money(String field, BigDecimal value) {
        required(field, value);
        return optionalMoney(field, value);
    }

    public static BigDecimal optionalMoney(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw new ValidationException(field, "must not be negative");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw new ValidationException(field, "has more than two decimal places");
        }
        if (value.compareTo(MAX_MONEY) > 0) {
            throw new ValidationException(field, "is larger than " + MAX_MONEY.toPlainString());
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A decimal measure with at most {@code scale} places, greater than zero and below {@code max}. */
    public static BigDecimal optionalMeasure(String field, BigDecimal value, int scale, BigDecimal max) {
        if (value == null) {
            return null;
        }
        if (value.signum() <= 0) {
            throw new ValidationException(field, "must be greater than zero");
        }
        if (value.stripTrailingZeros().scale() > scale) {
            throw new ValidationException(field, "has more than " + scale + " decimal places");
        }
        if (value.compareTo(max) > 0) {
            throw new ValidationException(field, "is larger than " + max.toPlainString());
        }
        return value.setScale(scale, RoundingMode.UNNECESSARY);
    }

    public static Integer optionalRange(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new ValidationException(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    /** An instant truncated to microseconds, the precision both databases keep. */
    public static Instant instant(String field, Instant value) {
        return required(field, value).truncatedTo(ChronoUnit.MICROS);
    }

    public static Instant optionalInstant(Instant value) {
        return value == null ? null : value.truncatedTo(ChronoUnit.MICROS);
    }

    /** A date that is not after today in any time zone of the world. */
    public static LocalDate notFuture(String field, LocalDate value) {
        required(field, value);
        if (value.isAfter(LocalDate.now(ZoneId.of("Pacific/Kiritimati")))) {
            throw new ValidationException(field, "is in the future");
        }
        if (value.getYear() < 1900) {
            throw new ValidationException(field, "is before 1900");
        }
        return value;
    }

    public static void notBefore(String field, LocalDate value, String otherField, LocalDate other) {
        if (value != null && other != null && value.isBefore(other)) {
            throw new ValidationException(field, "is before " + otherField);
        }
    }

    public static ZoneId zone(String field, String value) {
        String t = text(field, value, 64);
        try {
            return ZoneId.of(t);
        } catch (RuntimeException e) {
            throw new ValidationException(field, "is not a known time zone (e.g. America/Chicago)");
        }
    }
}
