package com.starlightdesk.data.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {

    @Test
    void readsTheTypedFormAndWritesOneCanonicalText() {
        WorkingHours hours = WorkingHours.parse("hours", " Sat 9:00 - 12:30;mon 08:00-18:00 , TUESDAY 07:45-16:15 ");
        assertEquals("mon 08:00-18:00, tue 07:45-16:15, sat 09:00-12:30", hours.text());
        assertEquals(hours, WorkingHours.parse("hours", hours.text()));
        assertTrue(hours.isOpen(DayOfWeek.SATURDAY));
        assertFalse(hours.isOpen(DayOfWeek.SUNDAY));
        assertTrue(hours.on(DayOfWeek.TUESDAY).orElseThrow().contains(LocalTime.of(7, 45)));
        assertFalse(hours.on(DayOfWeek.TUESDAY).orElseThrow().contains(LocalTime.of(16, 15)), "closing time is not open");
        assertEquals(LocalTime.of(7, 45), hours.earliestOpening());
        assertEquals(LocalTime.of(18, 0), hours.latestClosing());
        assertEquals("mon 08:00-18:00, tue 08:00-18:00, wed 08:00-18:00, thu 08:00-18:00, fri 08:00-18:00", WorkingHours.WEEKDAYS.text());
    }

    @Test
    void badHoursAreRefusedWithTheRuleTheyBreak() {
        assertRefused("", "must name at least one open day");
        assertRefused("mon", "each open day reads like mon 08:00-18:00");
        assertRefused("mon 8-18", "each open day reads like mon 08:00-18:00");
        assertRefused("funday 08:00-18:00", "days are mon, tue");
        assertRefused("mon 08:00-12:00, mon 13:00-18:00", "names mon twice");
        assertRefused("wed 18:00-08:00", "wed must close after it opens");
        assertRefused("wed 09:00-09:00", "wed must close after it opens");
        assertRefused("thu 08:10-18:00", "thu: times are in quarter hours");
        assertRefused("fri 24:00-25:00", "fri: times run from 00:00 to 23:45");
        ValidationException e = assertThrows(ValidationException.class,
                () -> WorkingHours.of(Map.of(DayOfWeek.MONDAY, new WorkingHours.Span(LocalTime.of(9, 0), LocalTime.of(8, 0)))));
        assertTrue(e.getMessage().contains("mon must close after it opens"), e.getMessage());
    }

    @Test
    void aPracticeKeepsItsHoursInCanonicalFormAndRefusesBadOnes() {
        UUID id = UUID.randomUUID();
        Practice practice = hours(id, "tue 08:00-17:00,mon 08:00-17:00");
        assertEquals("mon 08:00-17:00, tue 08:00-17:00", practice.workingHours());
        assertEquals(WorkingHours.WEEKDAYS, Practice.of(id, "Maple Pediatrics", "America/Chicago").hours());
        ValidationException e = assertThrows(ValidationException.class,
                () -> hours(id, "mon 17:00-08:00"));
        assertEquals("workingHours", e.field());
    }

    private static Practice hours(UUID id, String workingHours) {
        return new Practice(id, "Maple Pediatrics", "America/Chicago", workingHours, null, null, null, null, null, null, null,
                VisitTypes.DEFAULTS.text(), "none");
    }

    private static void assertRefused(String text, String expected) {
        ValidationException e = assertThrows(ValidationException.class, () -> WorkingHours.parse("workingHours", text));
        assertEquals("workingHours", e.field());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
