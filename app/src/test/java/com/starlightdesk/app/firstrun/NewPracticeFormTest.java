package com.starlightdesk.app.firstrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "Create a practice" form on its own, without a toolkit or a store. */
final class NewPracticeFormTest {

    @Test
    void eachWrongFieldGetsItsOwnMessage() {
        NewPracticeForm form = new NewPracticeForm();
        form.timeZoneProperty().set("Mars/Olympus");
        form.admin().emailProperty().set("not an email");
        form.admin().passwordProperty().set("short");
        form.admin().confirmProperty().set("shorter");
        assertFalse(form.check());
        assertEquals("Enter the practice's name", form.errors().of("practiceName").get());
        assertEquals("Choose a time zone such as America/Chicago", form.errors().of("timeZone").get());
        assertEquals("Enter a name", form.errors().of("adminName").get());
        assertFalse(form.errors().of("adminEmail").get().isEmpty());
        assertTrue(form.errors().of("password").get().startsWith("Password "), form.errors().of("password").get());
        assertEquals("The two passwords differ", form.errors().of("confirmPassword").get());
    }

    @Test
    void aRightFormPassesAndClearsTheMessagesOfTheLastCheck() {
        NewPracticeForm form = new NewPracticeForm();
        assertFalse(form.check());
        form.practiceNameProperty().set("  Lakeside Kids Clinic ");
        form.timeZoneProperty().set("America/Denver");
        form.admin().nameProperty().set("Rita Moreno");
        form.admin().emailProperty().set("rita@lakeside.test");
        form.admin().passwordProperty().set("a-long-passphrase");
        form.admin().confirmProperty().set("a-long-passphrase");
        assertTrue(form.check());
        assertTrue(form.errors().isEmpty());
        assertEquals("Lakeside Kids Clinic", form.name());
        assertEquals("America/Denver", form.zone());
        assertEquals("Rita Moreno", form.admin().name());
        form.admin().forgetPasswords();
        assertEquals("", form.admin().passwordProperty().get());
        assertEquals("", form.admin().confirmProperty().get());
    }

    @Test
    void aRuleTheStoreRefusedLandsAtItsField() {
        NewPracticeForm form = new NewPracticeForm();
        for (var refused : List.of(new ValidationException("name", "is too long"), new ValidationException("email", "is taken"))) {
            form.refused(refused);
        }
        assertEquals("Is too long", form.errors().of("practiceName").get());
        assertEquals("Is taken", form.errors().of("adminEmail").get());
    }
}
