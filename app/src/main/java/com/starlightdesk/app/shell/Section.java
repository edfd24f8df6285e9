package com.starlightdesk.app.shell;

import com.starlightdesk.app.session.Permissions;
import java.util.function.Predicate;

/** The shell's places, in navigation order, and who may see each. */
public enum Section {
    CALENDAR("Calendar", p -> true),
    PATIENTS("Patients", p -> true),
    BILLING("Billing", Permissions::canBill),
    CRM("CRM", Permissions::canSchedule),
    CONTACTS("Contacts", p -> true),
    TASKS("Tasks", p -> true),
    REPORTS("Reports", p -> true),
    SETTINGS("Settings", Permissions::canManageSettings);

    private final String label;
    private final Predicate<Permissions> visible;

    Section(String label, Predicate<Permissions> visible) {
        this.label = label;
        this.visible = visible;
    }

    public String label() {
        return label;
    }

    public boolean visibleTo(Permissions permissions) {
        return visible.test(permissions);
    }
}
