package com.starlightdesk.data.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** How the chart writes and reads a phone number and a gestational age at birth. */
final class PhoneAndGestationalAgeTest {

    @Test
    void aUsNumberIsKeptAndShownInThePracticesForm() {
        assertEquals("(630) 555-0177", PhoneNumber.of("phone", "6305550177"));
        assertEquals("(630) 555-0177", PhoneNumber.of("phone", "630-555-0177"));
        assertEquals("(630) 555-0177", PhoneNumber.of("phone", "+1 630.555.0177"));
        assertEquals("(630) 555-0177", PhoneNumber.of("phone", "1 (630) 555 0177"));
        assertEquals("(630) 555-0177", PhoneNumber.display("630 555 0177"));
        assertNull(PhoneNumber.of("phone", "  "));
        assertEquals("", PhoneNumber.display(null));
    }

    @Test
    void aNumberAbroadOrShortIsKeptAsTyped() {
        assertEquals("+44 20 7946 0958", PhoneNumber.of("phone", "+44 20 7946 0958"));
        assertEquals("+52 5512345678", PhoneNumber.of("phone", "+52 5512345678"), "ten digits after another country's code");
        assertEquals("555-0177", PhoneNumber.of("phone", "555-0177"));
        ValidationException bad = assertThrows(ValidationException.class, () -> PhoneNumber.of("phone", "call 555"));
        assertEquals("phone", bad.field());
    }

    @Test
    void gestationalAgeIsWeeksAndDays() {
        assertEquals(233, GestationalAge.days("gestationalAge", "33+2"));
        assertEquals(233, GestationalAge.days("gestationalAge", " 33 + 2 "));
        assertEquals(233, GestationalAge.days("gestationalAge", "33w 2d"));
        assertEquals(266, GestationalAge.days("gestationalAge", "38"));
        assertEquals(154, GestationalAge.days("gestationalAge", "22+0"));
        assertEquals(315, GestationalAge.days("gestationalAge", "45+0"));
        assertNull(GestationalAge.days("gestationalAge", ""));
        assertEquals("33+2", GestationalAge.written(233));
        assertEquals("", GestationalAge.written(null));
        assertEquals("gestationalAge: must be between 22+0 and 45+0 weeks",
                assertThrows(ValidationException.class, () -> GestationalAge.days("gestationalAge", "21+6")).getMessage());
        assertEquals("gestationalAge: must be between 22+0 and 45+0 weeks",
                assertThrows(ValidationException.class, () -> GestationalAge.days("gestationalAge", "45+1")).getMessage());
        assertEquals("gestationalAge: has at most 6 days beyond the weeks, e.g. 33+6",
                assertThrows(ValidationException.class, () -> GestationalAge.days("gestationalAge", "33+7")).getMessage());
        assertEquals("gestationalAge: is written as weeks+days, e.g. 33+2",
                assertThrows(ValidationException.class, () -> GestationalAge.days("gestationalAge", "early")).getMessage());
    }
}
