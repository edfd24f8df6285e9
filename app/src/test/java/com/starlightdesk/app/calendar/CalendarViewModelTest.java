package com.starlightdesk.app.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.patients.NewPatientViewModel;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.WorkingHours;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calendar's view-model on the demo practice, on Wednesday October 28, 2026 in Chicago: the week
 * shown (Oct 26 – Nov 1) ends with the fall-back change from CDT to CST.
 */
final class CalendarViewModelTest {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-10-28T15:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    private static Session session;
    private CalendarViewModel vm;
    private NewPatientViewModel newPatient;

    @BeforeAll
    static void demo() throws Exception {
        session = TestStores.demo(TestStores.in(dir, WEDNESDAY));
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @BeforeEach
    void open() {
        newPatient = new NewPatientViewModel(session, new CurrentThreadTaskExecutor(), WEDNESDAY);
        vm = new CalendarViewModel(session, new CurrentThreadTaskExecutor(), WEDNESDAY, newPatient);
        vm.start();
    }

    @Test
    void aPatientNewToThePracticeIsMadeFromTheBookingFormsSearchAndChosenForTheVisit() {
        vm.bookNext();
        BookingForm form = vm.booking();
        form.patientPicker().queryProperty().set("Uma K");
        assertEquals("No patient matches 'Uma K'.", form.patientPicker().noMatchProperty().get());
        assertTrue(form.patientPicker().newPatient());
        assertTrue(newPatient.openProperty().get());
        assertEquals("Uma", newPatient.firstNameProperty().get());
        assertEquals("K", newPatient.lastNameProperty().get());
        newPatient.lastNameProperty().set("Kapoor");
        newPatient.birthDateProperty().set(LocalDate.of(2021, 6, 1));
        newPatient.save();
        assertFalse(newPatient.openProperty().get());
        assertEquals("Kapoor, Uma", form.patientProperty().get().displayName());
        assertEquals("", form.patientPicker().queryProperty().get(), "the search empties once the patient is chosen");
        assertTrue(form.openProperty().get(), "the booking goes on");
    }

    @Test
    void weekOfTheFallBackChangeIs169HoursAndVisitsKeepTheirClockTimes() {
        CalendarRange week = vm.rangeProperty().get();
        assertEquals(LocalDate.of(2026, 10, 26), week.first());
        assertEquals(Duration.ofHours(169), Duration.between(week.from(CHICAGO), week.to(CHICAGO)));
        assertFalse(vm.visits().isEmpty());
        assertTrue(vm.visits().stream().allMatch(v -> v.start(CHICAGO).getHour() >= 9 && v.start(CHICAGO).getHour() < 17));
        vm.next();
        assertEquals(LocalDate.of(2026, 11, 2), vm.rangeProperty().get().first());
        assertTrue(vm.visits().stream().anyMatch(v -> v.start(CHICAGO).toLocalTime().equals(LocalTime.of(9, 0))),
                "9:00 visits after the change still show at 9:00");
    }

    @Test
    void bookingStoresThePracticeClockTimeOnBothSidesOfTheChange() {
        Instant saturday = book(LocalDate.of(2026, 10, 31), LocalTime.of(10, 0), "Cohen");
        Instant sunday = book(LocalDate.of(2026, 11, 1), LocalTime.of(10, 0), "Cohen");
        assertEquals(Instant.parse("2026-10-31T15:00:00Z"), saturday, "CDT is UTC-5");
        assertEquals(Instant.parse("2026-11-01T16:00:00Z"), sunday, "CST is UTC-6");
        assertTrue(vm.visits().stream().anyMatch(v -> v.appointment().startTime().equals(sunday)));
    }

    @Test
    void doubleBookingIsWarnedAboutInTheFormAndAfterSaving() {
        CalendarVisit existing = vm.visits().stream().filter(CalendarVisit::isLive).findFirst().orElseThrow();
        LocalDate day = existing.start(CHICAGO).toLocalDate();
        vm.book(day, existing.start(CHICAGO).toLocalTime(), existing.end(CHICAGO).toLocalTime());
        BookingForm form = vm.booking();
        form.providerProperty().set(vm.providers().stream().map(ProviderChoice::provider)
                .filter(p -> p.id().equals(existing.appointment().providerId())).findFirst().orElseThrow());
        form.choosePatient(patient("Rossi"));
        assertTrue(form.warningProperty().get().startsWith("Double booking"), form.warningProperty().get());
        vm.saveBooking();
        assertTrue(vm.warningProperty().get().startsWith("Double booking"), vm.warningProperty().get());
        assertTrue(vm.visits().stream().filter(v -> v.appointment().id().equals(existing.appointment().id()))
                .allMatch(CalendarVisit::doubleBooked), "the visit already booked is marked too");
    }

    @Test
    void overlapsAlreadyInTheStoreAreMarked() {
        CalendarVisit existing = vm.visits().stream().filter(CalendarVisit::isLive).reduce((a, b) -> b).orElseThrow();
        Appointment a = existing.appointment();
        session.data().writeAll(c -> c.insert(new Appointment(Ids.next(), patient("Kim").id(), a.providerId(),
                a.startTime().plus(Duration.ofMinutes(10)), a.endTime().plus(Duration.ofMinutes(10)), AppointmentStatus.SCHEDULED,
                AppointmentType.FOLLOWUP, "Synced from another desk", null)));
        session.changes().changed(); // what the shell does when a sync brings rows: the week on screen is read again
        assertTrue(vm.visits().stream().filter(v -> v.appointment().id().equals(a.id())).allMatch(CalendarVisit::doubleBooked));
        assertTrue(vm.warningProperty().get().contains("double-booked"), vm.warningProperty().get());
    }

    @Test
    void movingKeepsTheLengthAndStatusFollowsTheFlow() {
        Instant start = book(LocalDate.of(2026, 10, 30), LocalTime.of(17, 0), "Nguyen");
        CalendarVisit booked = visitAt(start);
        vm.move(booked, LocalDate.of(2026, 11, 2), LocalTime.of(8, 15));
        vm.next();
        CalendarVisit moved = vm.visits().stream().filter(v -> v.appointment().id().equals(booked.appointment().id())).findFirst().orElseThrow();
        assertEquals(LocalTime.of(8, 15), moved.start(CHICAGO).toLocalTime());
        assertEquals(LocalTime.of(8, 45), moved.end(CHICAGO).toLocalTime());

        vm.resize(moved, LocalTime.of(9, 0));
        moved = vm.visits().stream().filter(v -> v.appointment().id().equals(booked.appointment().id())).findFirst().orElseThrow();
        assertEquals(LocalTime.of(9, 0), moved.end(CHICAGO).toLocalTime());

        vm.changeStatus(moved, AppointmentStatus.CONFIRMED);
        moved = vm.visits().stream().filter(v -> v.appointment().id().equals(booked.appointment().id())).findFirst().orElseThrow();
        assertEquals(AppointmentStatus.CONFIRMED, moved.appointment().status());
        vm.changeStatus(moved, AppointmentStatus.COMPLETED);
        assertTrue(vm.failureProperty().get().contains("cannot become completed"));
        vm.changeStatus(moved, AppointmentStatus.CANCELLED);
        assertEquals(AppointmentStatus.CANCELLED,
                session.data().appointments().findById(booked.appointment().id()).orElseThrow().status());
    }

    @Test
    void movingToAnotherProvidersColumnChangesTheProvider() {
        Instant start = book(LocalDate.of(2026, 10, 29), LocalTime.of(17, 30), "Brooks");
        CalendarVisit booked = visitAt(start);
        var other = vm.providers().stream().map(ProviderChoice::provider)
                .filter(p -> !p.id().equals(booked.appointment().providerId())).findFirst().orElseThrow();
        vm.move(booked, LocalDate.of(2026, 10, 29), LocalTime.of(17, 30), other);
        assertEquals(other.id(), session.data().appointments().findById(booked.appointment().id()).orElseThrow().providerId());
    }

    @Test
    void providerFilterHidesAProvidersVisits() {
        int all = vm.visits().size();
        ProviderChoice first = vm.providers().get(0);
        first.shownProperty().set(false);
        assertTrue(vm.visits().size() < all);
        assertTrue(vm.visits().stream().noneMatch(v -> v.appointment().providerId().equals(first.provider().id())));
        first.shownProperty().set(true);
        assertEquals(all, vm.visits().size());
    }

    @Test
    void monthViewShowsSixWeeksAndTodayReturns() {
        vm.modeProperty().set(CalendarMode.MONTH);
        assertEquals(42, vm.rangeProperty().get().days().size());
        assertEquals("October 2026", vm.titleProperty().get());
        vm.previous();
        vm.previous();
        vm.showToday();
        assertEquals(LocalDate.of(2026, 10, 28), vm.anchorProperty().get());
    }

    @Test
    void workingHoursChangedBeneathTheCalendarAreShownAndNewVisitsStartWhenTheDayOpens() {
        assertEquals(WorkingHours.WEEKDAYS, vm.hoursProperty().get());
        Practice before = session.data().office().practice().orElseThrow();
        WorkingHours late = WorkingHours.parse("workingHours", "mon 10:00-20:00, tue 10:00-20:00, wed 10:00-20:00, sat 09:30-13:00");
        try {
            session.data().writeAll(c -> c.update(before.withHours(late))); // as Settings, or a sync, writes them
            session.changes().changed();
            assertEquals(late, vm.hoursProperty().get());

            vm.bookNext(); // Wednesday 10:00 in Chicago, open: now
            assertEquals(LocalTime.of(10, 0), vm.booking().startProperty().get());
            vm.booking().close();
            vm.anchorProperty().set(LocalDate.of(2026, 10, 31));
            vm.bookNext(); // Saturday: when it opens
            assertEquals(LocalTime.of(9, 30), vm.booking().startProperty().get());
            vm.booking().close();
            vm.anchorProperty().set(LocalDate.of(2026, 10, 29));
            vm.bookNext(); // Thursday, closed: 9:00, and the form says so
            assertEquals(LocalTime.of(9, 0), vm.booking().startProperty().get());
            vm.booking().choosePatient(patient("Rossi"));
            assertTrue(vm.booking().warningProperty().get().contains("Outside working hours: the practice is closed on Thursdays."),
                    vm.booking().warningProperty().get());
            vm.booking().close();
            vm.anchorProperty().set(LocalDate.of(2026, 10, 26));
            vm.book(LocalDate.of(2026, 10, 26), LocalTime.of(19, 30), LocalTime.of(20, 15)); // Monday, past closing
            vm.booking().choosePatient(patient("Rossi"));
            vm.saveBooking();
            assertTrue(vm.warningProperty().get().contains("Outside working hours: Monday 10:00 AM–8:00 PM."),
                    vm.warningProperty().get());
            vm.dismissWarning();
            CalendarVisit evening = vm.visits().stream().filter(v -> v.start(CHICAGO).getHour() == 19).findFirst().orElseThrow();
            session.data().writeAll(c -> c.softDelete(Appointment.class, evening.appointment().id()));

            assertEquals(new ShownHours(8, 21), ShownHours.of(late, List.of(), CHICAGO),
                    "an hour before the earliest opening to an hour after the latest closing");
            vm.anchorProperty().set(LocalDate.of(2026, 11, 3));
            ProviderChoice provider = vm.providers().get(0);
            Instant early = java.time.ZonedDateTime.of(LocalDate.of(2026, 11, 3), LocalTime.of(6, 45), CHICAGO).toInstant();
            CalendarVisit dawn = new CalendarVisit(new Appointment(Ids.next(), patient("Kim").id(), provider.provider().id(), early,
                    early.plus(Duration.ofMinutes(30)), AppointmentStatus.SCHEDULED, AppointmentType.FOLLOWUP, null, null),
                    "Kim", provider.provider().name(), provider.styleClass(), false, false);
            assertEquals(new ShownHours(6, 21), ShownHours.of(late, List.of(dawn), CHICAGO), "widened to show every visit");
        } finally {
            session.data().writeAll(c -> c.update(session.data().office().practice().orElseThrow().withHours(WorkingHours.WEEKDAYS)));
            session.changes().changed();
        }
    }

    @Test
    void nextWeekIsReadAheadAndReadAgainAfterASync() {
        ProviderChoice provider = vm.providers().get(0);
        Instant early = java.time.ZonedDateTime.of(LocalDate.of(2026, 11, 3), LocalTime.of(7, 15), CHICAGO).toInstant();
        Appointment synced = new Appointment(Ids.next(), patient("Kim").id(), provider.provider().id(), early,
                early.plus(Duration.ofMinutes(30)), AppointmentStatus.SCHEDULED, AppointmentType.FOLLOWUP, "From another desk", null);
        // Written beneath the calendar, as a sync writes what another desk booked.
        session.data().writeAll(c -> c.insert(synced));
        vm.next();
        assertFalse(vm.loadingProperty().get(), "next week was in memory");
        assertTrue(vm.visits().stream().noneMatch(v -> v.appointment().id().equals(synced.id())), "read ahead before the write");
        vm.previous();
        session.changes().changed(); // what the shell does when a sync brings rows
        vm.next();
        assertTrue(vm.visits().stream().anyMatch(v -> v.appointment().id().equals(synced.id())), "read again after the sync");
    }

    @Test
    void aPatientRenamedBeneathTheCalendarShowsTheNewNameAfterASync() {
        CalendarVisit shown = vm.visits().get(0);
        Patient p = session.data().patients().findById(shown.appointment().patientId()).orElseThrow();
        Patient renamed = new Patient(p.id(), p.firstName(), "Okafor-Renamed", p.dateOfBirth(), p.gender(), p.parentGuardian(),
                p.email(), p.phone(), p.address(), p.insuranceProvider(), p.insuranceId(), p.insuranceGroup(), p.familyId(),
                p.status(), p.pipelineStage(), p.feeOverride(), p.referredBy(), p.notes(), p.isActive(), p.primaryProviderId(), p.gestationalAgeDays(), p.noKnownAllergiesAt());
        try {
            session.data().writeAll(c -> c.update(renamed)); // as a sync writes another desk's edit
            session.changes().changed();
            String name = vm.visits().stream().filter(v -> v.appointment().id().equals(shown.appointment().id()))
                    .findFirst().orElseThrow().patientName();
            assertEquals(renamed.displayName(), name);
        } finally {
            session.data().writeAll(c -> c.update(p));
            session.changes().changed();
        }
    }

    @Test
    void aMoveIsShownInTheWeekReadAhead() {
        Instant start = book(LocalDate.of(2026, 10, 27), LocalTime.of(7, 0), "Brooks");
        CalendarVisit booked = visitAt(start);
        vm.next();
        vm.previous(); // both weeks are in memory now
        vm.move(booked, LocalDate.of(2026, 11, 4), LocalTime.of(7, 30));
        assertTrue(vm.visits().stream().noneMatch(v -> v.appointment().id().equals(booked.appointment().id())));
        vm.next();
        assertTrue(vm.visits().stream().anyMatch(v -> v.appointment().id().equals(booked.appointment().id())
                && v.start(CHICAGO).toLocalTime().equals(LocalTime.of(7, 30))), "the moved visit in the week read ahead");
    }

    @Test
    void thePatientIsPickedByTypeAheadAndAnOtherVisitStartsWithAnEmptyPicker() {
        vm.book(LocalDate.of(2026, 10, 29), LocalTime.of(12, 0), LocalTime.of(12, 30));
        BookingForm form = vm.booking();
        form.patientPicker().queryProperty().set("rossi");
        assertFalse(form.patientPicker().matches().isEmpty());
        assertTrue(form.patientPicker().matches().stream().allMatch(p -> p.lastName().equals("Rossi")));
        Patient first = form.patientPicker().matches().get(0);
        assertTrue(form.patientPicker().pickHighlighted(), "Enter picks the highlighted match");
        assertEquals(first, form.patientProperty().get());
        assertEquals("", form.patientPicker().queryProperty().get());
        assertTrue(form.patientPicker().matches().isEmpty());

        form.patientPicker().queryProperty().set("cohen");
        vm.book(LocalDate.of(2026, 10, 30), LocalTime.of(9, 0), LocalTime.of(9, 30));
        assertEquals("", form.patientPicker().queryProperty().get(), "a new visit's form starts with an empty picker");
        assertTrue(form.patientPicker().matches().isEmpty());
        assertEquals(null, form.patientProperty().get());
    }

    @Test
    void formSaysWhatIsMissing() {
        vm.book(LocalDate.of(2026, 10, 29), LocalTime.of(12, 0), LocalTime.of(12, 30));
        vm.saveBooking();
        assertEquals("Choose a patient", vm.booking().errors().of("patient").get());
        assertTrue(vm.booking().openProperty().get());
    }

    private Instant book(LocalDate day, LocalTime at, String lastName) {
        vm.anchorProperty().set(day);
        vm.book(day, at, at.plusMinutes(30));
        vm.booking().choosePatient(patient(lastName));
        vm.saveBooking();
        return java.time.ZonedDateTime.of(day, at, CHICAGO).toInstant();
    }

    private CalendarVisit visitAt(Instant start) {
        return vm.visits().stream().filter(v -> v.appointment().startTime().equals(start)).findFirst().orElseThrow();
    }

    private static Patient patient(String lastName) {
        List<Patient> found = session.data().patientSearch().find(lastName, 5);
        return found.get(0);
    }
}
