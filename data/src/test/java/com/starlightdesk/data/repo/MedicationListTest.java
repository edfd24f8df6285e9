package com.starlightdesk.data.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.ClinicalStatus;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Medication;
import com.starlightdesk.data.domain.MedicationInactivation;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Provider;
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

/** The medication rules on a real local store: never deleted, reasons, a dose change keeps the history, who may. */
final class MedicationListTest {
    private static final Instant NOW = Instant.parse("2026-12-04T15:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path dir;

    private DataSource ds;
    private UUID practiceId;
    private PracticeData data;
    private Provider asha;
    private Patient ava;

    private void practice() {
        ds = TestDatabases.create(Dialect.H2, dir, "starlight_medications");
        Migrations.migrateLocalStore(ds);
        practiceId = Ids.next();
        UUID doctorId = Ids.next();
        data = PracticeData.open(ds, practiceId, doctorId, Clock.fixed(NOW, ZoneOffset.UTC));
        asha = new Provider(Ids.next(), doctorId, "Asha Prajapati, MD", "Pediatrics", "asha@maple.test", "#2E6FDB", true);
        ava = BookedVisits.patient();
        data.writeAll(c -> {
            c.insert(Practice.of(practiceId, "Maple Pediatrics", "America/Chicago"));
            c.insert(new User(doctorId, "asha@maple.test", "Asha Prajapati", Role.PROVIDER, null, true));
            c.insert(asha);
            c.insert(ava);
        });
    }

    private Medication medication(String name, String dose, String frequency, LocalDate start, LocalDate stop) {
        return new Medication(Ids.next(), ava.id(), asha.id(), name, dose, frequency, start, stop, ClinicalStatus.ACTIVE, null,
                "Oral", null, null, null);
    }

    @Test
    void aDoseChangeStopsTheOldRowAndStartsANewOneSoTheHistoryShowsBoth() {
        practice();
        MedicationList list = new MedicationList(data);
        Medication amox = list.start(medication("Amoxicillin 400 mg/5 mL", "5 mL", "Twice daily", TODAY.minusDays(5), null));
        assertEquals("oral", amox.route(), "a known route in its own spelling");

        Medication higher = list.edit(new Medication(amox.id(), ava.id(), asha.id(), amox.name(), "7.5 mL", "Twice daily",
                amox.startedOn(), null, ClinicalStatus.ACTIVE, null, "oral", null, null, null), TODAY.minusDays(1));
        assertNotEquals(amox.id(), higher.id());
        assertEquals(TODAY.minusDays(1), higher.startedOn());
        assertEquals("7.5 mL", higher.dosage());

        List<Medication> all = list.of(ava.id());
        assertEquals(2, all.size());
        Medication old = all.stream().filter(m -> m.id().equals(amox.id())).findFirst().orElseThrow();
        assertEquals(ClinicalStatus.INACTIVE, old.status());
        assertEquals(MedicationInactivation.STOPPED, old.inactivationReason());
        assertEquals("dose changed", old.inactivationNote());
        assertEquals(TODAY.minusDays(1), old.endedOn());
        assertEquals("5 mL", old.dosage(), "the old row keeps the old dose");

        Medication renamed = list.edit(new Medication(higher.id(), ava.id(), asha.id(), "Amoxicillin 400 mg/5 mL suspension",
                "7.5 mL", "Twice daily", higher.startedOn(), TODAY.plusDays(8), ClinicalStatus.ACTIVE, null, "oral", null, null, null), null);
        assertEquals(higher.id(), renamed.id(), "a correction that keeps dose and frequency edits the row itself");
        assertEquals(2, list.of(ava.id()).size());

        ValidationException early = assertThrows(ValidationException.class, () -> list.edit(new Medication(higher.id(), ava.id(),
                asha.id(), renamed.name(), "10 mL", "Twice daily", higher.startedOn(), null, ClinicalStatus.ACTIVE, null, "oral", null,
                null, null), TODAY.minusDays(3)));
        assertEquals("changedOn: is before the medication started", early.getMessage());
        assertEquals("status", assertThrows(ValidationException.class, () -> list.edit(old, TODAY)).field(),
                "the history is not edited");
    }

    @Test
    void stoppedAndEnteredInErrorAreInactivatedWithReasonsNeverDeleted() {
        practice();
        MedicationList list = new MedicationList(data);
        Medication cetirizine = list.start(medication("Cetirizine 5 mg/5 mL", "5 mL", "Once daily", TODAY.minusMonths(2), null));
        Medication ibuprofen = list.start(medication("Ibuprofen 100 mg/5 mL", "7.5 mL", "Every 6 hours as needed", TODAY.minusDays(2), null));

        assertEquals("endedOn: is in the future: give it as the stop date of the active medication", assertThrows(ValidationException.class,
                () -> list.stop(cetirizine.id(), MedicationInactivation.STOPPED, TODAY.plusDays(1), null)).getMessage());
        assertEquals("endedOn: is before the medication started", assertThrows(ValidationException.class,
                () -> list.stop(cetirizine.id(), MedicationInactivation.STOPPED, TODAY.minusYears(1), null)).getMessage());
        assertEquals("inactivationReason", assertThrows(ValidationException.class,
                () -> list.stop(cetirizine.id(), MedicationInactivation.ENTERED_IN_ERROR, TODAY, null)).field());
        Medication stopped = list.stop(cetirizine.id(), MedicationInactivation.COMPLETED, TODAY, "Season over");
        assertEquals(ClinicalStatus.INACTIVE, stopped.status());
        assertEquals(TODAY, stopped.endedOn());
        assertEquals(MedicationInactivation.COMPLETED, stopped.inactivationReason());
        assertEquals("Season over", stopped.inactivationNote());

        assertEquals("inactivationNote: is required: say what was wrong", assertThrows(ValidationException.class,
                () -> list.markEnteredInError(ibuprofen.id(), " ")).getMessage());
        Medication error = list.markEnteredInError(ibuprofen.id(), "Charted on the wrong child");
        assertEquals(MedicationInactivation.ENTERED_IN_ERROR, error.inactivationReason());
        assertNull(error.endedOn(), "it never stopped: it was never taken");
        assertEquals("status", assertThrows(ValidationException.class,
                () -> list.markEnteredInError(ibuprofen.id(), "Again")).field());

        assertEquals(2, list.of(ava.id()).size());
        assertTrue(data.outbox().all().stream().noneMatch(e -> e.operation().equals("delete")), "nothing deleted");

        Medication past = list.start(medication("Amoxicillin 400 mg/5 mL", "5 mL", "Twice daily", TODAY.minusMonths(3),
                TODAY.minusMonths(3).plusDays(10)));
        assertEquals(ClinicalStatus.INACTIVE, past.status(), "a course already over goes to the history");
        assertEquals(MedicationInactivation.COMPLETED, past.inactivationReason());
    }

    @Test
    void thePrescriberIsAProviderOfThePracticeOrAnOutsideOneNotBothAndOnlyCliniciansWrite() {
        practice();
        MedicationList list = new MedicationList(data);
        ValidationException both = assertThrows(ValidationException.class, () -> list.start(new Medication(Ids.next(), ava.id(),
                asha.id(), "Albuterol HFA 90 mcg", "2 puffs", null, TODAY, null, ClinicalStatus.ACTIVE, null, "inhaled",
                "Dr. Lung (pulmonology)", null, null)));
        assertEquals("prescriber", both.field());
        assertEquals("prescribedBy", assertThrows(ValidationException.class, () -> list.start(new Medication(Ids.next(), ava.id(),
                Ids.next(), "Albuterol HFA 90 mcg", null, null, TODAY, null, ClinicalStatus.ACTIVE, null, null, null, null, null))).field());
        assertEquals("endedOn", assertThrows(ValidationException.class,
                () -> medication("Albuterol HFA 90 mcg", null, null, TODAY, TODAY.minusDays(1))).field());
        assertEquals("name", assertThrows(ValidationException.class, () -> medication(" ", null, null, TODAY, null)).field());
        assertEquals("startedOn", assertThrows(ValidationException.class, () -> medication("Albuterol", null, null, null, null)).field());
        Medication outside = list.start(new Medication(Ids.next(), ava.id(), null, "Albuterol HFA 90 mcg", "2 puffs", null, TODAY,
                null, ClinicalStatus.ACTIVE, null, "nebulised", "Dr. Lung (pulmonology)", null, null));
        assertEquals("nebulised", outside.route(), "a route typed in words");
        assertTrue(list.of(ava.id()).size() == 1);

        UUID deskId = Ids.next();
        data.writeAll(c -> c.insert(new User(deskId, "desk@maple.test", "Front Desk", Role.STAFF, null, true)));
        MedicationList desk = new MedicationList(PracticeData.open(ds, practiceId, deskId, Clock.fixed(NOW, ZoneOffset.UTC)));
        SecurityException refused = assertThrows(SecurityException.class,
                () -> desk.stop(outside.id(), MedicationInactivation.STOPPED, TODAY, null));
        assertEquals("Only a provider or an admin can change a patient's medications", refused.getMessage());
    }
}
