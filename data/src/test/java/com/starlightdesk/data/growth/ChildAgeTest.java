package com.starlightdesk.data.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ChildAgeTest {
    private static final LocalDate BORN = LocalDate.of(2025, 1, 10);

    @Test
    void aChildBornBefore37WeeksIsChartedAtCorrectedAgeUntil24Months() {
        ChildAge at100 = ChildAge.on(BORN, BORN.plusDays(100), 30 * 7);
        assertTrue(at100.corrected());
        assertEquals(100, at100.chronologicalDays());
        assertEquals(30, at100.chartDays(), "100 days − (280 − 210)");
        ChildAge at730 = ChildAge.on(BORN, BORN.plusDays(730), 30 * 7);
        assertTrue(at730.corrected());
        assertEquals(660, at730.chartDays());
        ChildAge at731 = ChildAge.on(BORN, BORN.plusDays(731), 30 * 7);
        assertFalse(at731.corrected(), "from 24 months the chronological age");
        assertEquals(731, at731.chartDays());
        assertEquals(-50, ChildAge.on(BORN, BORN.plusDays(48), 26 * 7).chartDays(), "48 days − (280 − 182): before the due date");
    }

    @Test
    void termOrUnknownGestationIsNotCorrected() {
        assertFalse(ChildAge.on(BORN, BORN.plusDays(100), 37 * 7).corrected());
        assertTrue(ChildAge.on(BORN, BORN.plusDays(100), 37 * 7 - 1).corrected());
        assertEquals(100, ChildAge.on(BORN, BORN.plusDays(100), null).chartDays());
        assertEquals("gestationalAgeDays", assertThrows(ValidationException.class,
                () -> ChildAge.on(BORN, BORN.plusDays(100), 100)).field());
    }

    @Test
    void theMeasurementDayIsThePracticesDay() {
        Instant lateEvening = Instant.parse("2025-01-20T04:30:00Z");
        assertEquals(9, ChildAge.at(BORN, lateEvening, ZoneId.of("America/Chicago"), null).chronologicalDays());
        assertEquals(10, ChildAge.at(BORN, lateEvening, ZoneId.of("UTC"), null).chronologicalDays());
    }
}
