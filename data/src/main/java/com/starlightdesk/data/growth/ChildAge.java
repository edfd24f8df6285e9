package com.starlightdesk.data.growth;

import com.starlightdesk.data.domain.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A child's age on the day of a measurement, in days: chronological (from the birth date), and the
 * corrected age the charts use for a child born before 37 weeks of gestation, until 24 months of
 * chronological age: chronological age − (40 weeks − gestational age). A corrected age can be negative
 * (measured before the due date); the age-based charts then have no place for the measurement.
 */
public record ChildAge(long chronologicalDays, long chartDays, boolean corrected) {
    /** 40 weeks, a term pregnancy, in days. */
    public static final int TERM_DAYS = 280;
    /** Born before 37 weeks (259 days) is preterm. */
    public static final int PRETERM_BEFORE_DAYS = 259;
    /** The gestational ages the chart accepts: 22 weeks to 45 weeks (the patients column's bounds). */
    public static final int FIRST_GESTATIONAL_DAYS = 154;
    public static final int LAST_GESTATIONAL_DAYS = 315;

    /**
     * The age on {@code measuredOn} of a child born on {@code birthDate} at {@code gestationalAgeDays}
     * (null: term or unknown, no correction).
     */
    public static ChildAge on(LocalDate birthDate, LocalDate measuredOn, Integer gestationalAgeDays) {
        if (birthDate == null || measuredOn == null) {
            throw new IllegalArgumentException("an age needs a birth date and a measurement date");
        }
        if (gestationalAgeDays != null
                && (gestationalAgeDays < FIRST_GESTATIONAL_DAYS || gestationalAgeDays > LAST_GESTATIONAL_DAYS)) {
            throw new ValidationException("gestationalAgeDays",
                    "must be between 22 and 45 weeks (" + FIRST_GESTATIONAL_DAYS + " to " + LAST_GESTATIONAL_DAYS + " days)");
        }
        long days = ChronoUnit.DAYS.between(birthDate, measuredOn);
        if (gestationalAgeDays != null && gestationalAgeDays < PRETERM_BEFORE_DAYS
                && days < GrowthReferences.SWITCH_AGE_DAYS) {
            return new ChildAge(days, days - (TERM_DAYS - gestationalAgeDays), true);
        }
        return new ChildAge(days, days, false);
    }

    /** As {@link #on(LocalDate, LocalDate, Integer)}, the measurement's day taken in the practice's time zone. */
    public static ChildAge at(LocalDate birthDate, Instant measuredAt, ZoneId practiceZone, Integer gestationalAgeDays) {
        return on(birthDate, LocalDate.ofInstant(measuredAt, practiceZone), gestationalAgeDays);
    }

    /** The chart age in months of 30.4375 days. */
    public double chartMonths() {
        return chartDays / GrowthReference.DAYS_PER_MONTH;
    }
}
