package com.starlightdesk.data.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A child's gestational age at birth as the clinic writes it, completed weeks and days ({@code 33+2}),
 * against the days a patient row keeps ({@code gestational_age_days}, 22+0 to 45+0 weeks). Stateless.
 */
public final class GestationalAge {
    /** 22+0 weeks, the earliest the chart records. */
    public static final int FIRST_DAY = 22 * 7;
    /** 45+0 weeks, the latest the chart records. */
    public static final int LAST_DAY = 45 * 7;

    private static final Pattern WRITTEN = Pattern.compile("^(\\d{1,2})\\s*(?:w(?:ee)?k?s?)?\\s*(?:\\+\\s*(\\d)|(\\d)\\s*d(?:ays?)?)?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private GestationalAge() {
    }

    /**
     * The days {@code typed} names ({@code 33+2}, {@code 33 + 2}, {@code 33w 2d}, or whole weeks {@code 38}), null
     * when blank; a {@link ValidationException} at {@code field} when it names no gestational age the chart keeps.
     */
    public static Integer days(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Matcher m = WRITTEN.matcher(typed.strip());
        if (!m.matches()) {
            throw new ValidationException(field, "is written as weeks+days, e.g. 33+2");
        }
        int weeks = Integer.parseInt(m.group(1));
        String extra = m.group(2) != null ? m.group(2) : m.group(3);
        int days = extra == null ? 0 : Integer.parseInt(extra);
        if (days > 6) {
            throw new ValidationException(field, "has at most 6 days beyond the weeks, e.g. 33+6");
        }
        int total = weeks * 7 + days;
        if (total < FIRST_DAY || total > LAST_DAY) {
            throw new ValidationException(field, "must be between 22+0 and 45+0 weeks");
        }
        return total;
    }

    /** {@code 33+2} for 233 days; "" for null. */
    public static String written(Integer days) {
        return days == null ? "" : days / 7 + "+" + days % 7;
    }
}
