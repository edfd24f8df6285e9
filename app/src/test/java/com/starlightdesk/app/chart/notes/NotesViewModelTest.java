package com.starlightdesk.app.chart.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.chart.ChartSection;
import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.concurrent.Delays;
import com.starlightdesk.app.concurrent.ManualTimer;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.Diagnosis;
import com.starlightdesk.data.domain.DiagnosisStatus;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.LabFlag;
import com.starlightdesk.data.domain.MedicalRecord;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.RecordType;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.SoapNote;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.testing.BookedVisits;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Notes section's view-model on a real store, signed in as a provider; the autosave's timer moved by hand. */
final class NotesViewModelTest {
    private static final String PROVIDER_EMAIL = "lena.ortiz@maple.test";
    private static final String PROVIDER_PASSWORD = "provider-pass-2026";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T16:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    private static Session session;
    private static Patient patient;
    private static Diagnosis problem;
    private static Appointment visit;

    @BeforeAll
    static void practiceWithAProvider() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        patient = BookedVisits.patient();
        try (Session admin = stores.create("Maple Pediatrics", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray())) {
            User lena = admin.store().addUser(new User(Ids.next(), PROVIDER_EMAIL, "Lena Ortiz, MD", Role.PROVIDER, null, true),
                    PROVIDER_PASSWORD.toCharArray());
            Provider ortiz = new Provider(Ids.next(), lena.id(), "Lena Ortiz, MD", "Pediatrics", PROVIDER_EMAIL, "#2E6FDB", true);
            problem = new Diagnosis(Ids.next(), patient.id(), null, "J06.9", "Acute upper respiratory infection, unspecified",
                    DiagnosisStatus.ACTIVE, java.time.LocalDate.of(2026, 12, 1), null);
            visit = new Appointment(Ids.next(), patient.id(), ortiz.id(), Instant.parse("2026-12-04T15:00:00Z"),
                    Instant.parse("2026-12-04T15:20:00Z"), AppointmentStatus.CHECKED_IN, AppointmentType.SICK_VISIT, "Cough", null);
            admin.data().writeAll(c -> {
                c.insert(ortiz);
                c.insert(patient);
                c.insert(problem);
                c.insert(visit);
            });
        }
        session = stores.signIn(stores.list().get(0).practiceId(), PROVIDER_EMAIL, PROVIDER_PASSWORD.toCharArray());
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private record Screen(NotesViewModel notes, OpenChart chart, ManualTimer later) {
    }

    private static Screen screen() {
        var executor = new CurrentThreadTaskExecutor();
        OpenChart chart = new OpenChart(session, executor);
        ManualTimer later = new ManualTimer();
        NotesViewModel notes = new NotesViewModel(chart, executor, Delays.on(later), CLOCK);
        return new Screen(notes, chart, later);
    }

    private static SoapNote stored(UUID id) {
        return SoapNote.fromContent(session.data().visitNotes().record(id).content());
    }

    @Test
    void aDraftIsSavedAMomentAfterTypingStopsAndEveryFewSecondsWhileItGoesOn() {
        Screen s = screen();
        s.chart().open(patient.id(), ChartSection.NOTES);
        s.notes().newNote();
        MedicalRecord draft = s.notes().recordProperty().get();
        assertNotNull(draft);
        assertEquals(RecordType.SOAP_NOTE, draft.recordType());
        assertEquals(draft.id(), s.notes().entries().get(0).record().id(), "the new note heads the list");
        assertTrue(s.notes().doneProperty().get().startsWith("New note started"), s.notes().doneProperty().get());

        s.notes().subjectiveProperty().set("Cough");
        assertEquals("", s.notes().doneProperty().get(), "the news goes once typing starts");
        s.later().advance(Duration.ofMillis(1000));
        assertEquals("", stored(draft.id()).subjective(), "not while typing goes on");
        assertEquals("Unsaved changes", s.notes().saveStateProperty().get());
        s.later().advance(Duration.ofMillis(600));
        assertEquals("Cough", stored(draft.id()).subjective(), "saved once typing paused");
        assertTrue(s.notes().saveStateProperty().get().startsWith("Draft saved"));

        // Typing without a pause: a keystroke every half second for six seconds is still saved every few seconds.
        String typed = "Cough";
        for (int i = 0; i < 12; i++) {
            typed += " x";
            s.notes().subjectiveProperty().set(typed);
            s.later().advance(Duration.ofMillis(500));
            if (i == 8) {
                assertTrue(stored(draft.id()).subjective().length() > "Cough".length(), "saved during continuous typing");
            }
        }
        s.notes().problems().get(0).linkedProperty().set(true);
        s.later().advance(DraftAutosave.QUIET);
        assertEquals(typed, stored(draft.id()).subjective());
        assertEquals(List.of(problem.id()), stored(draft.id()).diagnosisIds(), "the assessment links the problem");
        assertEquals(1, session.data().visitNotes().records(patient.id()).stream().filter(r -> r.id().equals(draft.id())).count());
    }

    @Test
    void signingMakesTheNoteReadOnlyAndAnAddendumIsListedUnderIt() {
        Screen s = screen();
        s.notes().openVisit(patient.id(), visit.id());
        MedicalRecord note = s.notes().recordProperty().get();
        assertEquals(visit.id(), note.appointmentId(), "the visit's note");
        assertTrue(s.notes().subjectiveProperty().get().startsWith("Chief complaint:"), "a sick visit starts from the sick-visit template");
        s.notes().assessmentProperty().set("Viral cough");
        s.notes().askToSign();
        assertTrue(s.notes().confirmingSignProperty().get());
        s.notes().confirmSign();
        assertTrue(session.data().visitNotes().record(note.id()).isSigned());
        assertEquals("Viral cough", stored(note.id()).assessment(), "the last words typed are signed");
        assertTrue(s.notes().readOnlyProperty().get());
        assertFalse(s.notes().canSign().get());
        assertTrue(s.notes().canAddAddendum().get());
        NoteEntry signed = s.notes().entries().stream().filter(e -> e.record().id().equals(note.id())).findFirst().orElseThrow();
        assertTrue(signed.status().matches("Signed by Lena Ortiz, MD at \\d{1,2}:\\d{2} [AP]M"), "the date shows once, above: " + signed.status());

        s.notes().addAddendum();
        assertTrue(s.notes().doneProperty().get().startsWith("Addendum started"), s.notes().doneProperty().get());
        s.later().advance(NotesViewModel.NEWS_SHOWN);
        assertEquals("", s.notes().doneProperty().get(), "the news goes after a moment");
        MedicalRecord addendum = s.notes().recordProperty().get();
        assertEquals(note.id(), addendum.amendsRecordId());
        assertFalse(s.notes().readOnlyProperty().get());
        List<NoteEntry> rows = s.notes().entries();
        int at = rows.indexOf(rows.stream().filter(e -> e.record().id().equals(note.id())).findFirst().orElseThrow());
        assertEquals(addendum.id(), rows.get(at + 1).record().id(), "the addendum is listed under its note");
        assertTrue(rows.get(at + 1).addendum());
        assertEquals(note.id(), session.data().visitNotes().noteOfVisit(visit.id()).orElseThrow().id(), "the visit still opens its note");

        s.notes().subjectiveProperty().set("Recheck ears in two weeks");
        s.notes().askToSign();
        s.notes().confirmSign();
        assertTrue(session.data().visitNotes().record(addendum.id()).isSigned(), s.notes().failureProperty().get());
        assertFalse(s.notes().canAddAddendum().get(), "an addendum has no addendum of its own");
        s.notes().select(s.notes().entries().get(at));
        assertTrue(s.notes().canAddAddendum().get(), "the signed note still takes another");
    }

    @Test
    void anEditOfANoteSignedMeanwhileIsRefusedAndShownSo() {
        Screen s = screen();
        s.chart().open(patient.id(), ChartSection.NOTES);
        s.notes().newNote();
        MedicalRecord draft = s.notes().recordProperty().get();
        s.notes().subjectiveProperty().set("Fever");
        s.later().advance(DraftAutosave.QUIET);
        session.data().visitNotes().sign(draft.id()); // signed in another window or on another desk
        s.notes().subjectiveProperty().set("Fever since Monday");
        s.later().advance(DraftAutosave.QUIET);
        assertEquals("This note was signed and can no longer be changed; add an addendum instead", s.notes().failureProperty().get());
        assertTrue(s.notes().readOnlyProperty().get());
        assertEquals("Fever", stored(draft.id()).subjective(), "the signed text stands");
    }

    @Test
    void labResultsAndPrescriptionsAreCheckedFieldByFieldThenSaved() {
        Screen s = screen();
        s.chart().open(patient.id(), ChartSection.NOTES);
        s.notes().newLabResult();
        s.notes().labCollectedOn().set("13/45/2026");
        s.notes().saveForm();
        assertEquals("Name the test, e.g. Hemoglobin", s.notes().errors().of("testName").get());
        assertEquals("Type the date as M/D/YYYY", s.notes().errors().of("collectedOn").get());
        s.notes().labTestName().set("Hemoglobin");
        s.notes().labResult().set("10.9");
        s.notes().labUnits().set("g/dL");
        s.notes().labFlag().set(LabFlag.ABNORMAL);
        s.notes().labCollectedOn().set("12/3/2026");
        s.notes().saveForm();
        MedicalRecord lab = s.notes().recordProperty().get();
        assertEquals(RecordType.LAB_RESULT, lab.recordType());
        assertTrue(s.notes().entries().stream().anyMatch(e -> e.title().equals("Lab result: Hemoglobin 10.9 g/dL abnormal")));

        s.notes().newPrescription();
        s.notes().rxDrug().set("Amoxicillin 400 mg/5 mL");
        s.notes().rxDose().set("5 mL");
        s.notes().rxFrequency().set("twice daily");
        s.notes().rxRefills().set("15");
        s.notes().saveForm();
        assertEquals("Must be a whole number from 0 to 12", s.notes().errors().of("refills").get());
        s.notes().rxRefills().set("0");
        s.notes().saveForm();
        assertEquals(RecordType.PRESCRIPTION, s.notes().recordProperty().get().recordType());
        s.notes().askToSign();
        s.notes().confirmSign();
        assertTrue(session.data().visitNotes().record(s.notes().recordProperty().get().id()).isSigned());
    }
}
