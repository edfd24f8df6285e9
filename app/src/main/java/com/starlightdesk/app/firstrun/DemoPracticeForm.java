package com.starlightdesk.app.firstrun;

import com.starlightdesk.app.parts.FieldErrors;

/**
 * The "Open the demo practice" form: who signs in to Dr. Prajapati's invented practice. Confined to the
 * FX thread; needs no toolkit.
 */
public final class DemoPracticeForm {
    /** The demo practice's name and zone. */
    public static final String NAME = "Starlight Pediatrics (demo)";
    public static final String ZONE = "America/Chicago";

    private final FieldErrors errors = new FieldErrors();
    private final FirstUser user = new FirstUser(errors, "demoName", "demoEmail", "demoPassword", "demoConfirm", "Demo Admin");

    /** Checks every field, writing a message at each one that is wrong; true when all are right. */
    boolean check() {
        errors.clear();
        user.check();
        return errors.isEmpty();
    }

    public FirstUser user() { return user; }
    public FieldErrors errors() { return errors; }
}
