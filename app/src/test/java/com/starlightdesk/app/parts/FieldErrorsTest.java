package com.starlightdesk.app.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.ValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A form's messages per field, without a toolkit. */
final class FieldErrorsTest {

    @Test
    void aFieldIsFineUntilItHasAMessage() {
        FieldErrors errors = new FieldErrors();
        assertEquals("", errors.of("email").get());
        assertTrue(errors.isEmpty());
        errors.set("email", "Enter an email address");
        assertEquals("Enter an email address", errors.of("email").get());
        assertFalse(errors.isEmpty());
        errors.set("email", null);
        assertEquals("", errors.of("email").get(), "no message reads as none");
        assertTrue(errors.isEmpty());
    }

    @Test
    void theViewBindsOnceAndSeesEveryLaterMessage() {
        FieldErrors errors = new FieldErrors();
        var bound = errors.of("password");
        errors.set("password", "Password is too short");
        errors.set("name", "Enter a name");
        assertSame(bound, errors.of("password"));
        assertEquals("Password is too short", bound.get());
        errors.clear();
        assertEquals("", bound.get());
        assertEquals("", errors.of("name").get());
        assertTrue(errors.isEmpty());
    }

    @Test
    void aDomainRuleLandsAtTheFormsFieldWithoutTheDomainsFieldName() {
        FieldErrors errors = new FieldErrors();
        errors.set(new ValidationException("email", "must be a valid email address"), Map.of("email", "adminEmail"));
        assertEquals("Must be a valid email address", errors.of("adminEmail").get());
        assertEquals("", errors.of("email").get());
        errors.set(new ValidationException("timeZone", "must be a time zone id"), Map.of());
        assertEquals("Must be a time zone id", errors.of("timeZone").get(), "a field without an alias keeps its name");
    }

    @Test
    void aWholeNumberOutsideItsRangeOrNotANumberIsNamedAtItsField() {
        FieldErrors errors = new FieldErrors();
        assertEquals(30, errors.wholeNumber("days", " 30 ", 0, 365, "a number of days"));
        assertNull(errors.wholeNumber("days", "", 0, 365, "a number of days"));
        assertTrue(errors.isEmpty(), "an empty field is no number and no error");
        assertNull(errors.wholeNumber("days", "3.5", 0, 365, "a number of days"));
        assertEquals("Type a number of days as a whole number", errors.of("days").get());
        assertNull(errors.wholeNumber("months", "0", 1, 120, "a number of months"));
        assertEquals("Type a number from 1 to 120", errors.of("months").get());
        assertNull(errors.wholeNumber("age", "400", 0, 21, "an age in years"));
        assertEquals("Type a number from 0 to 21", errors.of("age").get());
    }
}
