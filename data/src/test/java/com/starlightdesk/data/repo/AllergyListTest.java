package com.starlightdesk.data.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.Allergy;
import com.starlightdesk.data.domain.AllergyInactivation;
import com.starlightdesk.data.domain.AllergySeverity;
import com.starlightdesk.data.domain.AuditAction;
import com.starlightdesk.data.domain.ClinicalStatus;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.testing.BookedVisits;
import com.starlightdesk.data.testing.TestDatabases;
import com.starlightdesk.schema.Dialect;
import com.starlightdesk.schema.Migrations;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The allergy rules on a real local store: never deleted, reasons, "no known allergies" recorded and cleared. */
final class AllergyListTest {
    /** 9 PM in Chicago on Dec 3 is already Dec 4 in UTC: "today" is the practice's. */
    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @TempDir
    Path dir;

    private PracticeData data;
    private UUID staffId;

    private PracticeData practice() {
        DataSource ds = TestDatabases.create(Dialect.H2, dir, "starlight_allergies");
        Migrations.migrateLocalStore(ds);
        UUID practiceId = Ids.next();
        staffId = Ids.next();
        PracticeData practice = PracticeData.open(ds, practiceId, staffId, Clock.fixed(NOW, ZoneOffset.UTC));
        practice.writeAll(c -> {
            c.insert(Practice.of(practiceId, "Maple Pediatrics", "America/Chicago"));
            c.insert(new User(staffId, "desk@maple.test", "Front Desk", Role.STAFF, null, true));
        });
        return practice;
    }

    private Patient patient() {
        Patient ava = BookedVisits.patient();
        data.writeAll(c -> c.insert(ava));
        return ava;
    }

    private static Allergy allergy(UUID patientId, String substance, AllergySeverity severity, LocalDate notedOn) {
        return new Allergy(Ids.next(), patientId, substance, "Hives", severity, ClinicalStatus.ACTIVE, notedOn, null, null, null);
    }

    @Test
    void noKnownAllergiesIsRecordedOnlyWithoutActiveAllergiesAndAnAllergyClearsIt() {
        data = practice();
        AllergyList list = new AllergyList(data);
        Patient ava = patient();
        assertNull(data.patients().findById(ava.id()).orElseThrow().noKnownAllergiesAt(), "not recorded is not none");

        Patient recorded = list.recordNoKnownAllergies(ava.id());
        assertEquals(NOW, recorded.noKnownAllergiesAt());
        assertEquals(NOW, data.patients().findById(ava.id()).orElseThrow().noKnownAllergiesAt());
        assertTrue(data.audit().forPatient(ava.id(), 10).stream().anyMatch(e -> e.action() == AuditAction.UPDATE
                && e.tableName().equals("patients") && staffId.equals(e.userId())), "the audit log says who recorded it");

        Allergy amoxicillin = list.add(allergy(ava.id(), "Amoxicillin", AllergySeverity.MODERATE, TODAY));
        assertNull(data.patients().findById(ava.id()).orElseThrow().noKnownAllergiesAt(), "cleared by the allergy");
        assertTrue(data.outbox().all().stream().anyMatch(e -> e.tableName().equals("patients") && e.rowId().equals(ava.id())
                && e.changes().contains("no_known_allergies_at")), "the clearing syncs");

        ValidationException refused = assertThrows(ValidationException.class, () -> list.recordNoKnownAllergies(ava.id()));
        assertEquals("noKnownAllergies", refused.field());
        assertEquals("noKnownAllergies: cannot be recorded while an allergy is active: inactivate them first", refused.getMessage());

        list.inactivate(amoxicillin.id(), AllergyInactivation.ENTERED_IN_ERROR, "Was the sibling's");
        assertNotNull(list.recordNoKnownAllergies(ava.id()).noKnownAllergiesAt());
    }

    @Test
    void anAllergyIsInactivatedWithAReasonNeverDeletedAndOnlyAResolvedOneComesBack() {
        data = practice();
        AllergyList list = new AllergyList(data);
        Patient ava = patient();
        Allergy eggs = list.add(allergy(ava.id(), "Eggs", AllergySeverity.MILD, TODAY.minusYears(2)));
        Allergy penicillin = list.add(allergy(ava.id(), "Penicillin", AllergySeverity.SEVERE, TODAY.minusYears(1)));

        assertEquals("inactivationReason", assertThrows(ValidationException.class, () -> list.inactivate(eggs.id(), null, null)).field());
        Allergy outgrown = list.inactivate(eggs.id(), AllergyInactivation.RESOLVED, "Outgrown");
        assertEquals(ClinicalStatus.INACTIVE, outgrown.status());
        assertEquals(NOW, outgrown.inactivatedAt());
        assertEquals("status", assertThrows(ValidationException.class,
                () -> list.inactivate(eggs.id(), AllergyInactivation.RESOLVED, null)).field());
        list.inactivate(penicillin.id(), AllergyInactivation.ENTERED_IN_ERROR, null);

        List<Allergy> all = list.of(ava.id());
        assertEquals(2, all.size(), "both still on the chart");
        assertTrue(all.stream().allMatch(a -> a.status() == ClinicalStatus.INACTIVE));
        assertEquals(AllergyInactivation.RESOLVED, all.stream().filter(a -> a.substance().equals("Eggs")).findFirst().orElseThrow()
                .inactivationReason());
        assertTrue(data.outbox().all().stream().noneMatch(e -> e.operation().equals("delete")), "nothing deleted");

        ValidationException error = assertThrows(ValidationException.class, () -> list.reactivate(penicillin.id()));
        assertEquals("status", error.field());
        assertEquals("status: was entered in error: add the allergy anew if it applies", error.getMessage());

        list.recordNoKnownAllergies(ava.id());
        Allergy back = list.reactivate(eggs.id());
        assertEquals(ClinicalStatus.ACTIVE, back.status());
        assertNull(back.inactivatedAt());
        assertNull(back.inactivationReason());
        assertNull(data.patients().findById(ava.id()).orElseThrow().noKnownAllergiesAt(), "an active allergy again clears it");
    }

    @Test
    void eachBadValueIsNamedAtItsFieldAndNothingIsWritten() {
        data = practice();
        AllergyList list = new AllergyList(data);
        Patient ava = patient();
        assertEquals("substance", assertThrows(ValidationException.class,
                () -> allergy(ava.id(), " ", AllergySeverity.MILD, TODAY)).field());
        assertEquals("severity", assertThrows(ValidationException.class,
                () -> allergy(ava.id(), "Eggs", null, TODAY)).field());
        ValidationException tomorrow = assertThrows(ValidationException.class,
                () -> list.add(allergy(ava.id(), "Eggs", AllergySeverity.MILD, TODAY.plusDays(1))));
        assertEquals("notedOn: is in the future", tomorrow.getMessage(), "tomorrow in the practice's zone, though today in UTC");
        assertTrue(list.of(ava.id()).isEmpty());

        Allergy eggs = list.add(allergy(ava.id(), "Eggs", AllergySeverity.MILD, TODAY));
        Allergy corrected = list.edit(new Allergy(eggs.id(), ava.id(), "Egg white", "Vomiting", AllergySeverity.MODERATE,
                ClinicalStatus.ACTIVE, TODAY.minusDays(3), null, null, null));
        assertEquals("Egg white", list.of(ava.id()).get(0).substance());
        assertEquals(AllergySeverity.MODERATE, corrected.severity());
        assertEquals("status", assertThrows(ValidationException.class, () -> list.edit(
                eggs.inactivate(NOW, AllergyInactivation.RESOLVED, null))).field());
    }
}
