package com.starlightdesk.app.patients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.concurrent.DeskBusyException;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.QueuedTaskExecutor;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.PipelineStage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The New patient card on the demo practice, on Wednesday October 28, 2026 in Chicago. */
final class NewPatientViewModelTest {
    private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-10-28T15:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 28);

    @TempDir
    static Path dir;
    private static Session session;
    private final AtomicReference<Patient> saved = new AtomicReference<>();

    @BeforeAll
    static void demo() throws Exception {
        session = TestStores.demo(TestStores.in(dir, WEDNESDAY));
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private NewPatientViewModel card(TaskExecutor executor) {
        return new NewPatientViewModel(session, executor, WEDNESDAY);
    }

    @Test
    void opensFilledFromWhatTheSearchWasGiven() {
        NewPatientViewModel card = card(new CurrentThreadTaskExecutor());
        card.open("Uma K 4/2/2019 630-555-0199", saved::set);
        assertTrue(card.openProperty().get());
        assertEquals("Uma", card.firstNameProperty().get());
        assertEquals("K", card.lastNameProperty().get());
        assertEquals(LocalDate.of(2019, 4, 2), card.birthDateProperty().get());
        assertEquals("630-555-0199", card.phoneProperty().get());
        assertEquals(PatientStatus.ACTIVE, card.statusProperty().get());
        assertTrue(card.errors().isEmpty());

        card.cancel();
        card.open("", saved::set);
        assertEquals("", card.firstNameProperty().get(), "nothing of the last card is left");
        assertEquals("", card.phoneProperty().get());
        assertNull(card.birthDateProperty().get());
    }

    @Test
    void checksEveryFieldAtOnceAndSavesNothingWhileOneIsWrong() {
        NewPatientViewModel card = card(new CurrentThreadTaskExecutor());
        long before = session.data().patients().count();
        card.open("", saved::set);
        card.phoneProperty().set("555");
        card.emailProperty().set("grace.kim@");
        card.save();
        assertEquals("Enter the first name", card.errors().of("firstName").get());
        assertEquals("Enter the last name", card.errors().of("lastName").get());
        assertEquals("Enter the date of birth (M/D/YYYY)", card.errors().of("birthDate").get());
        assertEquals("Is not a phone number (7 or more digits)", card.errors().of("phone").get());
        assertEquals("Is not an email address", card.errors().of("email").get());
        assertTrue(card.openProperty().get());
        assertEquals(before, session.data().patients().count());
        assertNull(saved.get());

        card.birthDateProperty().set(TODAY.plusDays(1));
        card.save();
        assertEquals("The date of birth is in the future", card.errors().of("birthDate").get());
        card.birthDateProperty().set(LocalDate.of(1899, 12, 31));
        card.save();
        assertEquals("The date of birth is before 1900", card.errors().of("birthDate").get());
        assertEquals(before, session.data().patients().count());
    }

    @Test
    void aBirthDateOverTwentySixYearsAgoIsWarnedAboutButSaved() {
        NewPatientViewModel card = card(new CurrentThreadTaskExecutor());
        card.open("Uma Kim", saved::set);
        card.birthDateProperty().set(TODAY.minusYears(26));
        assertEquals("", card.birthDateWarningProperty().get(), "26 today is still a patient's age");
        card.birthDateProperty().set(TODAY.minusYears(26).minusDays(1));
        assertEquals("Over 26 years old: check the date of birth.", card.birthDateWarningProperty().get());
        card.save();
        assertTrue(card.errors().isEmpty());
        assertEquals(TODAY.minusYears(26).minusDays(1), saved.get().dateOfBirth());
    }

    @Test
    void savesInTheBackgroundThenClosesAndHandsThePatientOn() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        NewPatientViewModel card = card(executor);
        card.open("Kim, Uma", saved::set);
        card.birthDateProperty().set(LocalDate.of(2024, 2, 29));
        card.sexProperty().set(Gender.FEMALE);
        card.guardianProperty().set(" Grace Kim ");
        card.phoneProperty().set("(630) 555-0121");
        card.emailProperty().set("Grace.Kim@example.test");
        card.save();

        Patient patient = saved.get();
        assertEquals("Kim, Uma", patient.displayName());
        assertEquals(patient, session.data().patients().findById(patient.id()).orElseThrow(), "stored as handed on");
        assertEquals("Grace Kim", patient.parentGuardian());
        assertEquals("grace.kim@example.test", patient.email());
        assertEquals(Gender.FEMALE, patient.gender());
        assertEquals(PatientStatus.ACTIVE, patient.status());
        assertNull(patient.pipelineStage());
        assertFalse(card.openProperty().get());
        assertFalse(card.busyProperty().get());
        assertEquals("", card.firstNameProperty().get(), "the card forgets what was typed");
    }

    @Test
    void aProspectEntersThePipelineAtInquiry() {
        NewPatientViewModel card = card(new CurrentThreadTaskExecutor());
        card.open("Noor Haddad 2025-07-01", saved::set);
        card.statusProperty().set(PatientStatus.PROSPECT);
        card.save();
        assertEquals(PatientStatus.PROSPECT, saved.get().status());
        assertEquals(PipelineStage.INQUIRY, saved.get().pipelineStage());
    }

    @Test
    void aSaveTheDeskCannotTakeNowKeepsTheCardAndWhatWasTyped() {
        NewPatientViewModel card = card(new TaskExecutor() {
            @Override
            public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
                onFailure.accept(new DeskBusyException());
            }
        });
        card.open("Uma Kim 2020-01-01", saved::set);
        card.save();
        assertTrue(card.openProperty().get());
        assertEquals("Uma", card.firstNameProperty().get());
        assertTrue(card.failureProperty().get().startsWith("The patient was not saved. "), card.failureProperty().get());
        assertFalse(card.busyProperty().get());
        assertNull(saved.get());
    }
}
