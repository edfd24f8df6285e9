package com.starlightdesk.app.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.patients.NewPatientViewModel;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.VisitType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new visit on the booking form lasts its type's default length until the desk chooses a length of its
 * own (a dragged range, an end time chosen); an existing visit keeps its end whatever its type.
 */
final class BookingLengthTest {
    /** Wednesday 28 October 2026, 7:00 in Chicago: before the practice opens. */
    private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-10-28T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2026, 10, 28);

    @TempDir
    Path dir;

    private static CalendarViewModel calendar(Session session) {
        CalendarViewModel vm = new CalendarViewModel(session, new CurrentThreadTaskExecutor(), WEDNESDAY,
                new NewPatientViewModel(session, new CurrentThreadTaskExecutor(), WEDNESDAY));
        vm.start();
        return vm;
    }

    @Test
    void aNewVisitTakesItsTypesLengthUntilTheDeskChoosesOne() throws Exception {
        try (Session session = TestStores.in(dir, WEDNESDAY).create("Maple Pediatrics", "America/Chicago", "Rita Moreno",
                TestStores.EMAIL, TestStores.PASSWORD.toCharArray())) {
            session.data().writeAll(c -> c.insert(new Provider(Ids.next(), null, "Dr. Asha Prajapati", null, null, "#2E6FDB", true)));
            CalendarViewModel vm = calendar(session);
            BookingForm form = vm.booking();

            vm.bookNext(); // N before opening: when the day opens
            assertEquals(LocalTime.of(8, 0), form.startProperty().get());
            assertEquals(AppointmentType.CHECKUP, form.typeProperty().get());
            assertEquals(LocalTime.of(8, 30), form.endProperty().get(), "a checkup's 30 minutes");
            form.typeProperty().set(AppointmentType.WELLNESS);
            assertEquals(LocalTime.of(8, 45), form.endProperty().get(), "a wellness visit's 45 minutes");
            form.typeProperty().set(AppointmentType.VACCINATION);
            assertEquals(LocalTime.of(8, 15), form.endProperty().get());
            form.startProperty().set(LocalTime.of(10, 0));
            assertEquals(LocalTime.of(10, 15), form.endProperty().get(), "moving the start keeps the type's length");

            form.endProperty().set(LocalTime.of(10, 45)); // chosen by hand
            form.typeProperty().set(AppointmentType.CHECKUP);
            assertEquals(LocalTime.of(10, 45), form.endProperty().get(), "a length chosen by hand stays");
            form.startProperty().set(LocalTime.of(10, 30));
            assertEquals(LocalTime.of(10, 45), form.endProperty().get());

            vm.book(DAY, LocalTime.of(14, 0), LocalTime.of(15, 0)); // a dragged range
            assertEquals(LocalTime.of(15, 0), form.endProperty().get());
            form.typeProperty().set(AppointmentType.FOLLOWUP);
            assertEquals(LocalTime.of(15, 0), form.endProperty().get(), "a dragged range stays");

            vm.book(DAY, LocalTime.of(23, 30), null); // a click late in the evening
            form.typeProperty().set(AppointmentType.WELLNESS);
            assertEquals(LocalTime.MIDNIGHT, form.endProperty().get(), "the visit ends at midnight at the latest");
        }
    }

    @Test
    void thePracticesOwnLengthsApplyAndAnExistingVisitKeepsItsEnd() throws Exception {
        try (Session session = TestStores.in(dir, WEDNESDAY).create("Maple Pediatrics", "America/Chicago", "Rita Moreno",
                TestStores.EMAIL, TestStores.PASSWORD.toCharArray())) {
            Patient ava = new Patient(Ids.next(), "Ava", "Lee", LocalDate.of(2019, 4, 2), Gender.FEMALE, null, null, null, null,
                    null, null, null, null, PatientStatus.ACTIVE, null, null, null, null, true, null, null, null);
            session.data().writeAll(c -> {
                c.insert(new Provider(Ids.next(), null, "Dr. Asha Prajapati", null, null, "#2E6FDB", true));
                c.insert(ava);
            });
            CalendarViewModel vm = calendar(session);
            Practice practice = session.data().office().practice().orElseThrow();
            session.data().writeAll(c -> c.update(practice.withVisitTypes(practice.visitTypeDefaults()
                    .with(new VisitType(AppointmentType.WELLNESS, 60, "#6E9A57"))
                    .with(new VisitType(AppointmentType.CHECKUP, 20, "#4A7FB5")))));
            session.changes().changed(); // as Settings does once it has saved them
            assertEquals(60, vm.visitTypesProperty().get().of(AppointmentType.WELLNESS).minutes());

            BookingForm form = vm.booking();
            vm.book(DAY, LocalTime.of(9, 0), null);
            assertEquals(LocalTime.of(9, 20), form.endProperty().get(), "the practice's checkup is 20 minutes");
            form.typeProperty().set(AppointmentType.WELLNESS);
            assertEquals(LocalTime.of(10, 0), form.endProperty().get());
            form.choosePatient(ava);
            vm.saveBooking();
            CalendarVisit saved = vm.visits().stream().filter(v -> v.appointment().patientId().equals(ava.id())).findFirst().orElseThrow();
            assertEquals(AppointmentType.WELLNESS, saved.appointment().appointmentType());

            vm.edit(saved);
            assertTrue(form.openProperty().get());
            form.typeProperty().set(AppointmentType.VACCINATION);
            assertEquals(LocalTime.of(10, 0), form.endProperty().get(), "an existing visit keeps its end");
        }
    }
}
