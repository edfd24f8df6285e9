package com.starlightdesk.app.firstrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The "Open the demo practice" form on its own. */
final class DemoPracticeFormTest {

    @Test
    void theNameIsFilledInAndTheRestIsChecked() {
        DemoPracticeForm form = new DemoPracticeForm();
        assertEquals("Demo Admin", form.user().nameProperty().get());
        assertFalse(form.check());
        for (String field : List.of("demoEmail", "demoPassword")) {
            assertFalse(form.errors().of(field).get().isEmpty(), field);
        }
        assertEquals("", form.errors().of("demoName").get());

        form.user().emailProperty().set("me@demo.test");
        form.user().passwordProperty().set("demo-password-1");
        form.user().confirmProperty().set("demo-password-2");
        assertFalse(form.check());
        assertEquals("The two passwords differ", form.errors().of("demoConfirm").get());
        form.user().confirmProperty().set("demo-password-1");
        assertTrue(form.check());
    }
}
