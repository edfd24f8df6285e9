package com.starlightdesk.app.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.session.Permissions;
import com.starlightdesk.data.domain.Role;
import org.junit.jupiter.api.Test;

final class SectionTest {
    @Test
    void whatARoleCannotDoIsNotOffered() {
        Permissions staff = new Permissions(Role.STAFF);
        Permissions provider = new Permissions(Role.PROVIDER);
        assertTrue(Section.BILLING.visibleTo(staff));
        assertFalse(Section.BILLING.visibleTo(provider));
        assertFalse(Section.SETTINGS.visibleTo(staff));
        assertFalse(Section.SETTINGS.visibleTo(provider));
        assertTrue(staff.canSchedule());
        assertFalse(provider.canSchedule());
        assertTrue(provider.canChart());
        assertFalse(staff.canChart());
        assertTrue(Section.REPORTS.visibleTo(staff), "recall is front-desk work");
        assertTrue(Section.REPORTS.visibleTo(provider));
    }
}
