package com.starlightdesk.data.immunization.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The Logic Specification's date rules (table 3-6), with its own examples, and month ends and leap days. */
class TimeSpanTest {
    private static LocalDate add(String date, String span) {
        return TimeSpan.parse(span).addTo(LocalDate.parse(date));
    }

    @Test
    void calcdt1YearsHoldMonthAndDay() {
        assertEquals(LocalDate.parse("2003-01-01"), add("2000-01-01", "3 years"));
    }

    @Test
    void calcdt2MonthsHoldTheDay() {
        assertEquals(LocalDate.parse("2000-07-01"), add("2000-01-01", "6 months"));
        assertEquals(LocalDate.parse("2001-05-01"), add("2000-11-01", "6 months"));
    }

    @Test
    void calcdt3WeeksAndDaysAreDays() {
        assertEquals(LocalDate.parse("2000-01-04"), add("2000-01-01", "3 days"));
        assertEquals(LocalDate.parse("2000-01-22"), add("2000-01-01", "3 weeks"));
        assertEquals(LocalDate.parse("2000-03-07"), add("2000-02-01", "5 weeks"));
        assertEquals(LocalDate.parse("2001-03-08"), add("2001-02-01", "5 weeks"));
    }

    @Test
    void calcdt4SubtractsDays() {
        assertEquals(LocalDate.parse("2000-01-11"), add("2000-01-15", "0 days - 4 days"));
    }

    @Test
    void calcdt5ADayThatDoesNotExistMovesToTheFirstOfTheNextMonth() {
        assertEquals(LocalDate.parse("2000-10-01"), add("2000-03-31", "6 months"));
        assertEquals(LocalDate.parse("2001-03-01"), add("2000-08-31", "6 months"));
        assertEquals(LocalDate.parse("2024-03-01"), add("2024-01-31", "1 month"));
        assertEquals(LocalDate.parse("2023-03-01"), add("2023-01-31", "1 month"));
        assertEquals(LocalDate.parse("2024-12-01"), add("2024-10-31", "1 month"));
        assertEquals(LocalDate.parse("2025-01-31"), add("2024-12-31", "1 month"));
    }

    @Test
    void calcdt6YearsThenMonthsThenDays() {
        assertEquals(LocalDate.parse("2000-07-27"), add("2000-01-31", "6 months - 4 days"));
        // 30 April + 1 month = 30 May, then + 4 weeks
        assertEquals(LocalDate.parse("2024-06-27"), add("2024-04-30", "1 month + 4 weeks"));
        // 31 May + 1 month: 31 June does not exist, so 1 July, then - 4 days
        assertEquals(LocalDate.parse("2024-06-27"), add("2024-05-31", "1 month - 4 days"));
    }

    @Test
    void leapDays() {
        assertEquals(LocalDate.parse("2021-03-01"), add("2020-02-29", "1 year"));
        assertEquals(LocalDate.parse("2024-02-29"), add("2020-02-29", "4 years"));
        assertEquals(LocalDate.parse("2020-08-29"), add("2020-02-29", "6 months"));
        assertEquals(LocalDate.parse("2024-02-29"), add("2023-02-28", "1 year + 1 day"));
        assertEquals(LocalDate.parse("2021-02-25"), add("2020-02-29", "12 months - 4 days"));
        assertEquals(LocalDate.parse("2024-02-29"), add("2024-01-29", "1 month"));
        assertEquals(LocalDate.parse("2023-03-01"), add("2023-01-29", "1 month"));
    }

    @Test
    void readsTheDataWithStraySpacesAndCase() {
        TimeSpan s = TimeSpan.parse(" 19 years - 4 days");
        assertEquals(19, s.years());
        assertEquals(-4, s.days());
        TimeSpan t = TimeSpan.parse("16 Months + 4 Weeks");
        assertEquals(16, t.months());
        assertEquals(28, t.days());
        assertNull(TimeSpan.parse("  "));
        assertThrows(IllegalArgumentException.class, () -> TimeSpan.parse("6 fortnights"));
        assertThrows(IllegalArgumentException.class, () -> TimeSpan.parse("six weeks"));
    }
}
