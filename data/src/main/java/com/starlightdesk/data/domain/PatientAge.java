package com.starlightdesk.data.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * A child's age as a pediatric clinic says it: days under one month, weeks under three months, months
 * under two years, then years and months ("3 years 2 months"). Stateless.
 */
public final class PatientAge {
    private PatientAge() {
    }

    /** The age on {@code today} of a child born on {@code born}; a birth date after today reads "not born yet". */
    public static String of(LocalDate born, LocalDate today) {
        if (born.isAfter(today)) {
            return "not born yet";
        }
        Period age = Period.between(born, today);
        int months = age.getYears() * 12 + age.getMonths();
        if (months < 1) {
            return plural(ChronoUnit.DAYS.between(born, today), "day");
        }
        if (months < 3) {
            return plural(ChronoUnit.WEEKS.between(born, today), "week");
        }
        if (months < 24) {
            return plural(months, "month");
        }
        return age.getMonths() == 0 ? plural(age.getYears(), "year")
                : plural(age.getYears(), "year") + " " + plural(age.getMonths(), "month");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
