package com.starlightdesk.data.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.ClinicalContent;
import com.starlightdesk.data.domain.Diagnosis;
import com.starlightdesk.data.domain.DiagnosisStatus;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.LabFlag;
import com.starlightdesk.data.domain.LabResult;
import com.starlightdesk.data.domain.MedicalRecord;
import com.starlightdesk.data.domain.NoteKind;
import com.starlightdesk.data.domain.NoteTemplate;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Prescription;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.RecordType;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.SignedRecordException;
import com.starlightdesk.data.domain.SoapNote;
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
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Visit notes' rules on a real store, H2 and PostgreSQL: drafts, signing, the refusal of edits, addenda, templates. */
final class VisitNotesTest {
    private static final Instant NOW = Instant.parse("2026-12-04T15:00:00Z");

    @TempDir
    Path dir;

    /** A practice with its admin, a provider user with their provider, a staff user, a patient with a visit and a problem. */
    private record Desk(PracticeData admin, PracticeData provider, PracticeData staff, Patient patient, Appointment visit,
            Diagnosis problem) {
    }

    private Desk desk(Dialect dialect) {
        DataSource ds = TestDatabases.create(dialect, dir, "starlight_notes");
        Migrations.migrateLocalStore(ds);
        UUID practiceId = Ids.next();
        User admin = new User(Ids.next(), "admin@maple.test", "Admin", Role.ADMIN, null, true);
        User doctor = new User(Ids.next(), "asha@maple.test", "Asha Prajapati, MD", Role.PROVIDER, null, true);
        User desk = new User(Ids.next(), "desk@maple.test", "Front desk", Role.STAFF, null, true);
        Provider asha = new Provider(Ids.next(), doctor.id(), "Asha Prajapati, MD", "Pediatrics", doctor.email(), "#2E6FDB", true);
        Patient ava = BookedVisits.patient();
        Appointment visit = BookedVisits.visit(ava.id(), asha.id(), NOW.minusSeconds(3600), AppointmentStatus.COMPLETED);
        Diagnosis otitis = new Diagnosis(Ids.next(), ava.id(), null, "H66.90", "Otitis media, unspecified ear", DiagnosisStatus.ACTIVE,
                LocalDate.of(2026, 12, 4), null);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        PracticeData asAdmin = PracticeData.open(ds, practiceId, admin.id(), clock);
        asAdmin.writeAll(c -> {
            c.insert(Practice.of(practiceId, "Maple Pediatrics", "America/Chicago"));
            c.insert(admin);
            c.insert(doctor);
            c.insert(desk);
            c.insert(asha);
            c.insert(ava);
            c.insert(visit);
            c.insert(otitis);
        });
        return new Desk(asAdmin, PracticeData.open(ds, practiceId, doctor.id(), clock), PracticeData.open(ds, practiceId, desk.id(), clock),
                ava, visit, otitis);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDraftIsSavedInPlaceSignedByAProviderAndThenNeverChanged(Dialect dialect) {
        Desk d = desk(dialect);
        d.admin().visitNotes().addDefaultTemplatesIfNone();
        VisitNotes notes = d.provider().visitNotes();
        NoteTemplate sick = notes.activeTemplates().stream().filter(t -> t.kind() == NoteKind.SICK_VISIT).findFirst().orElseThrow();

        MedicalRecord draft = notes.startNote(d.patient().id(), d.visit().id(), sick.id());
        assertEquals(sick.note().subjective(), SoapNote.fromContent(draft.content()).subjective(), "starts from the template");
        assertEquals(d.visit().providerId(), draft.providerId());
        assertEquals(draft.id(), notes.startNote(d.patient().id(), d.visit().id(), null).id(), "a visit has one note");

        notes.saveDraft(draft.id(), new SoapNote("Ear pain", "", "", "", List.of()));
        SoapNote typed = new SoapNote("Ear pain for two days", "Bulging right drum", "Acute otitis media", "Amoxicillin",
                List.of(d.problem().id()));
        notes.saveDraft(draft.id(), typed);
        assertEquals(1, notes.records(d.patient().id()).size(), "drafts update in place");
        assertEquals(typed, SoapNote.fromContent(notes.record(draft.id()).content()));

        ValidationException stranger = assertThrows(ValidationException.class,
                () -> notes.saveDraft(draft.id(), typed.withDiagnoses(List.of(Ids.next()))));
        assertEquals("diagnosisIds", stranger.field());
        assertEquals("role", assertThrows(ValidationException.class, () -> d.staff().visitNotes().saveDraft(draft.id(), typed)).field());
        assertEquals("signedBy", assertThrows(ValidationException.class, () -> d.admin().visitNotes().sign(draft.id())).field(),
                "only providers sign");

        MedicalRecord signed = notes.sign(draft.id());
        assertEquals(NOW, signed.signedAt());
        assertEquals(d.provider().actorId(), signed.signedBy());

        SignedRecordException refused = assertThrows(SignedRecordException.class,
                () -> notes.saveDraft(draft.id(), new SoapNote("Changed", "", "", "", List.of())));
        assertEquals("This note was signed and can no longer be changed; add an addendum instead", refused.getMessage());
        assertThrows(SignedRecordException.class, () -> d.provider().write(c -> c.update(signed.withContent(
                new SoapNote("Stale editor", "", "", "", List.of()).content()))), "any writer is refused");
        assertThrows(SignedRecordException.class, () -> notes.discardDraft(draft.id()));
        assertThrows(SignedRecordException.class, () -> notes.sign(draft.id()));
        assertEquals(typed, SoapNote.fromContent(notes.record(draft.id()).content()), "the signed text stands");
        d.provider().write(c -> c.update(signed)); // writing the same values changes nothing and is allowed
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anAddendumNamesTheSignedNoteAndIsSignedItself(Dialect dialect) {
        Desk d = desk(dialect);
        VisitNotes notes = d.provider().visitNotes();
        MedicalRecord draft = notes.startNote(d.patient().id(), d.visit().id(), null);
        assertEquals("amendsRecordId", assertThrows(ValidationException.class, () -> notes.startAddendum(draft.id())).field());
        assertEquals("content", assertThrows(ValidationException.class, () -> notes.sign(draft.id())).field(), "a blank note");
        notes.saveDraft(draft.id(), new SoapNote("Cough", "Clear lungs", "Viral cough", "Honey", List.of()));
        notes.sign(draft.id());

        MedicalRecord addendum = notes.startAddendum(draft.id());
        assertEquals(draft.id(), addendum.amendsRecordId());
        assertEquals(d.visit().id(), addendum.appointmentId());
        notes.saveDraft(addendum.id(), new SoapNote("", "", "", "Parent called: cough better", List.of()));
        notes.sign(addendum.id());
        assertEquals(List.of(addendum.id()), d.provider().notes().addenda(draft.id()).stream().map(MedicalRecord::id).toList());
        assertEquals(draft.id(), notes.noteOfVisit(d.visit().id()).orElseThrow().id(), "the visit's note is not its addendum");
        assertEquals(draft.id(), notes.startAddendum(addendum.id()).amendsRecordId(), "an addendum of an addendum corrects the note");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void labResultsAndPrescriptionsAreStructuredAndSignable(Dialect dialect) {
        Desk d = desk(dialect);
        VisitNotes notes = d.provider().visitNotes();
        LabResult hemoglobin = new LabResult("Hemoglobin", "10.9", "g/dL", "11.0-14.0", LabFlag.ABNORMAL, LocalDate.of(2026, 12, 3));
        ValidationException future = assertThrows(ValidationException.class, () -> notes.addLabResult(d.patient().id(), null,
                new LabResult("Lead", "2", "mcg/dL", "<3.5", LabFlag.NORMAL, LocalDate.of(2026, 12, 9))));
        assertEquals("collectedOn", future.field());
        assertEquals("testName", assertThrows(ValidationException.class,
                () -> new LabResult(" ", "1", null, null, LabFlag.NORMAL, LocalDate.of(2026, 12, 1))).field());
        MedicalRecord lab = notes.addLabResult(d.patient().id(), d.visit().id(), hemoglobin);
        assertEquals(RecordType.LAB_RESULT, lab.recordType());
        assertEquals(hemoglobin, LabResult.fromContent(notes.record(lab.id()).content()));
        notes.sign(lab.id());
        assertThrows(SignedRecordException.class, () -> notes.saveLabResult(lab.id(), hemoglobin));

        Prescription amoxicillin = new Prescription("Amoxicillin 400 mg/5 mL", "5 mL", "by mouth", "twice daily", 100, 0,
                "For 10 days");
        assertEquals("refills", assertThrows(ValidationException.class,
                () -> new Prescription("A", "1", "oral", "daily", null, 13, null)).field());
        MedicalRecord rx = notes.addPrescription(d.patient().id(), null, amoxicillin);
        Prescription more = new Prescription("Amoxicillin 400 mg/5 mL", "6 mL", "by mouth", "twice daily", 120, 1, null);
        notes.savePrescription(rx.id(), more);
        assertEquals(more, Prescription.fromContent(notes.record(rx.id()).content()));
        assertEquals("Amoxicillin 400 mg/5 mL · 6 mL by mouth twice daily", more.summary());
        // An older prescription that kept only the drug and its directions reads with them, not with unrecorded parts.
        assertEquals("Amoxicillin 400 mg/5 mL · 5 mL by mouth twice daily for 10 days", Prescription.fromContent(
                ClinicalContent.of(Map.of("drug", "Amoxicillin 400 mg/5 mL", "sig", "5 mL by mouth twice daily for 10 days",
                        "refills", 0))).summary());
        notes.sign(rx.id());
        assertThrows(SignedRecordException.class, () -> notes.savePrescription(rx.id(), amoxicillin));
        assertEquals("role", assertThrows(ValidationException.class,
                () -> d.staff().visitNotes().addPrescription(d.patient().id(), null, amoxicillin)).field());
        assertEquals(2, notes.records(d.patient().id()).size());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aNewPracticeGetsWellChildTemplatesByAgeAndASickVisitOneThatAdminsEdit(Dialect dialect) {
        Desk d = desk(dialect);
        VisitNotes notes = d.admin().visitNotes();
        assertEquals(16, notes.addDefaultTemplatesIfNone());
        assertEquals(0, notes.addDefaultTemplatesIfNone(), "only once");
        LocalDate born = LocalDate.of(2026, 1, 10);
        assertEquals("Well child – Newborn", suggested(notes, born, born.plusDays(3), AppointmentType.CHECKUP));
        assertEquals("Well child – 2 weeks", suggested(notes, born, born.plusDays(35), AppointmentType.CHECKUP));
        assertEquals("Well child – 2 months", suggested(notes, born, born.plusMonths(2).plusDays(4), AppointmentType.WELLNESS));
        assertEquals("Well child – 12 months", suggested(notes, born, born.plusMonths(13), AppointmentType.CHECKUP));
        assertEquals("Well child – 4 to 5 years", suggested(notes, born, born.plusYears(5).plusMonths(2), AppointmentType.CHECKUP));
        assertEquals("Well child – 15 to 17 years", suggested(notes, born, born.plusYears(17), AppointmentType.CHECKUP));
        assertEquals("Sick visit", suggested(notes, born, born.plusYears(2), AppointmentType.SICK_VISIT));

        NoteTemplate sick = notes.templates().stream().filter(t -> t.kind() == NoteKind.SICK_VISIT).findFirst().orElseThrow();
        NoteTemplate asthma = notes.saveTemplate(new NoteTemplate(Ids.next(), "Asthma follow-up", NoteKind.OTHER, null, null,
                new SoapNote("Night cough:", "Wheeze:", "", "Action plan reviewed:", List.of()).content(), true));
        notes.saveTemplate(sick.with("Sick visit", NoteKind.SICK_VISIT, null, null, sick.note(), false));
        assertFalse(notes.activeTemplates().stream().anyMatch(t -> t.id().equals(sick.id())), "an inactive template is not offered");
        assertTrue(notes.templates().stream().anyMatch(t -> t.id().equals(sick.id())), "but stays on the page");
        assertEquals("Night cough:", d.provider().notes().template(asthma.id()).orElseThrow().note().subjective());
        assertEquals("role", assertThrows(ValidationException.class, () -> d.provider().visitNotes().saveTemplate(asthma)).field());
        assertEquals("maxAgeMonths", assertThrows(ValidationException.class, () -> new NoteTemplate(Ids.next(), "Bad", NoteKind.WELL_CHILD,
                12, 6, SoapNote.EMPTY.content(), true)).field());
        assertNull(VisitNotes.suggest(List.of(), born, born, AppointmentType.CHECKUP).orElse(null));
    }

    private static String suggested(VisitNotes notes, LocalDate born, LocalDate day, AppointmentType type) {
        return VisitNotes.suggest(notes.activeTemplates(), born, day, type).map(NoteTemplate::name).orElse(null);
    }
}
