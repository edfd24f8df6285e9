package com.starlightdesk.data.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PatientAgeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void daysUnderOneMonth() {
        assertEquals("0 days", PatientAge.of(TODAY, TODAY));
        assertEquals("1 day", PatientAge.of(TODAY.minusDays(1), TODAY));
        assertEquals("29 days", PatientAge.of(LocalDate.of(2026, 11, 4), TODAY));
    }

    @Test
    void weeksUnderThreeMonths() {
        assertEquals("4 weeks", PatientAge.of(LocalDate.of(2026, 11, 3), TODAY));
        assertEquals("6 weeks", PatientAge.of(TODAY.minusWeeks(6), TODAY));
        assertEquals("12 weeks", PatientAge.of(LocalDate.of(2026, 9, 4), TODAY));
    }

    @Test
    void monthsUnderTwoYears() {
        assertEquals("3 months", PatientAge.of(LocalDate.of(2026, 9, 3), TODAY));
        assertEquals("23 months", PatientAge.of(LocalDate.of(2025, 1, 3), TODAY));
        assertEquals("22 months", PatientAge.of(LocalDate.of(2025, 1, 4), TODAY));
    }

    @Test
    void yearsAndMonthsFromTwo() {
        assertEquals("2 years", PatientAge.of(LocalDate.of(2024, 12, 3), TODAY));
        assertEquals("3 years 2 months", PatientAge.of(LocalDate.of(2023, 10, 1), TODAY));
        assertEquals("17 years 1 month", PatientAge.of(LocalDate.of(2009, 11, 3), TODAY));
    }

    @Test
    void aLeapDayBirthday() {
        assertEquals("2 years 11 months", PatientAge.of(LocalDate.of(2024, 2, 29), LocalDate.of(2027, 2, 28)));
        assertEquals("3 years", PatientAge.of(LocalDate.of(2024, 2, 29), LocalDate.of(2027, 3, 1)));
    }

    @Test
    void aBirthDateAfterToday() {
        assertEquals("not born yet", PatientAge.of(TODAY.plusDays(1), TODAY));
    }
}
