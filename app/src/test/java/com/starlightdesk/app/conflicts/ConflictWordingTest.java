package com.starlightdesk.app.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.session.Permissions;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.repo.Tables;
import com.starlightdesk.data.sync.SyncConflict;
import com.starlightdesk.sync.api.OpenConflict;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How each kind of conflict reads, and who sees its values. */
final class ConflictWordingTest {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final Instant EDITED = Instant.parse("2026-11-23T16:42:00Z"); // 10:42 AM in Chicago
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aSignedNoteOnlyKeepsAndSaysWhy() {
        OpenConflict signed = conflict("medical_records", "content", "signed-record", "\"Well visit, signed.\"", "\"Well visit, amended\"");
        ConflictEntry entry = words(Role.PROVIDER).entry(signed, Optional.of("Nadia Khan"), TODAY);
        assertEquals("Visit note Nadia Khan · content", entry.heading());
        assertEquals("this PC's edit Well visit, amended (10:42 AM) was not applied: the note had been signed", entry.detail());
        assertTrue(entry.mayResolve());
        assertFalse(entry.canTakeOther());
        assertTrue(entry.note().startsWith("A signed note is never changed"), entry.note());
    }

    @Test
    void staffSeeNeitherValuesNorNameOfAClinicalConflict() {
        OpenConflict allergy = conflict("allergies", "reaction", "same-field", "\"hives\"", "\"rash\"");
        ConflictWording staff = words(Role.STAFF);
        assertFalse(staff.maySee(allergy));
        ConflictEntry entry = staff.entry(allergy, Optional.empty(), TODAY);
        assertEquals("Allergy · reaction", entry.heading());
        assertFalse(entry.detail().contains("hives") || entry.detail().contains("rash"), entry.detail());
        assertFalse(entry.mayResolve());
        assertEquals("Only a provider or an admin can see and settle this.", entry.note());
    }

    @Test
    void providersDoNotSettleBillingButEveryoneSettlesTheFrontOffice() {
        assertFalse(words(Role.PROVIDER).maySee(conflict("invoices", "status", "same-field", "\"paid\"", "\"sent\"")));
        assertTrue(words(Role.STAFF).maySee(conflict("invoices", "status", "same-field", "\"paid\"", "\"sent\"")));
        assertTrue(words(Role.PROVIDER).maySee(conflict("patients", "phone", "same-field", "\"1\"", "\"2\"")));
        assertFalse(words(Role.STAFF).maySee(conflict("users", "role", "same-field", "\"staff\"", "\"admin\"")));
        assertTrue(words(Role.ADMIN).maySee(conflict("users", "role", "same-field", "\"staff\"", "\"admin\"")));
    }

    @Test
    void deletionsAndRefusalsInTheClinicsWords() {
        ConflictWording admin = words(Role.ADMIN);
        ConflictEntry deleted = admin.entry(conflict("appointments", "deleted_at", "deleted-edited", "\"2026-11-23T16:42:00Z\"", null),
                Optional.of("Nadia Khan"), TODAY.plusDays(1));
        assertEquals("Visit Nadia Khan", deleted.heading());
        assertEquals("removed on this PC (Nov 23, 10:42 AM) after another PC had changed it", deleted.detail());
        assertTrue(deleted.canTakeOther());

        ConflictEntry edited = admin.entry(conflict("patients", "address", "edited-deleted",
                "{\"street\":\"12 Elm St\",\"city\":\"Naperville\"}", "{\"street\":\"9 Oak Ave\",\"line2\":null,\"city\":\"Aurora\"}"),
                Optional.empty(), TODAY);
        assertEquals("removed on another PC — this PC's edit 9 Oak Ave, Aurora (10:42 AM) was not applied", edited.detail());

        ConflictEntry refused = admin.entry(conflict("users", "*", "rejected", null, "{\"email\":{\"value\":\"a@b.example\"}}"),
                Optional.empty(), TODAY);
        assertEquals("User", refused.heading());
        assertFalse(refused.detail().contains("a@b.example"), refused.detail());
        assertFalse(refused.canTakeOther());
    }

    @Test
    void emptyAndLongValues() {
        assertEquals("(empty)", ConflictWording.value(null));
        assertEquals("(empty)", ConflictWording.value("null"));
        assertEquals("(empty)", ConflictWording.value("\"\""));
        assertEquals("42.5", ConflictWording.value("42.5"));
        String shown = ConflictWording.value("\"" + "x".repeat(200) + "\"");
        assertEquals(80, shown.length());
        assertTrue(shown.endsWith("…"));
    }

    private static ConflictWording words(Role role) {
        return new ConflictWording(new Permissions(role), CHICAGO);
    }

    private static OpenConflict conflict(String table, String field, String kind, String kept, String other) {
        return new OpenConflict(UUID.randomUUID(), Tables.named(table), UUID.randomUUID(), field, SyncConflict.Kind.of(kind), kept, other,
                EDITED, EDITED.plusSeconds(5));
    }
}
