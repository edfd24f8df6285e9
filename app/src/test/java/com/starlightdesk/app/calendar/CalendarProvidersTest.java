package com.starlightdesk.app.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.patients.NewPatientViewModel;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calendar and its providers on the demo practice: a deactivated provider leaves the filter and the
 * booking form but keeps their visits on the calendar, marked; a provider user opens on their own
 * visits.
 */
final class CalendarProvidersTest {
    private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-10-28T15:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static Provider named(Session session, String name) {
        return session.data().office().providers().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> filter(CalendarViewModel vm) {
        return vm.providers().stream().map(c -> c.provider().name() + (c.shownProperty().get() ? "" : " (hidden)")).toList();
    }

    @Test
    void aDeactivatedProvidersVisitsStayMarkedButTheyTakeNoNewOnes() throws Exception {
        try (Session admin = TestStores.demo(TestStores.in(dir, WEDNESDAY))) {
            CalendarViewModel vm = calendar(admin);
            vm.start();
            assertEquals(List.of("Dr. Anjali Prajapati", "Sam Rivera, CPNP"), filter(vm));
            Provider anjali = named(admin, "Dr. Anjali Prajapati");
            Provider sam = named(admin, "Sam Rivera, CPNP");
            long hers = vm.visits().stream().filter(v -> v.appointment().providerId().equals(anjali.id())).count();
            assertTrue(hers > 0);

            admin.data().providers().setActive(anjali.id(), false);
            admin.changes().changed(); // what Settings does after saving
            assertEquals(List.of("Sam Rivera, CPNP"), filter(vm));
            List<CalendarVisit> kept = vm.visits().stream().filter(v -> v.appointment().providerId().equals(anjali.id())).toList();
            assertEquals(hers, kept.size(), "her visits stay on the calendar");
            assertTrue(kept.stream().allMatch(v -> v.providerInactive() && v.providerName().equals("Dr. Anjali Prajapati")));
            assertTrue(vm.visits().stream().filter(v -> v.appointment().providerId().equals(sam.id())).noneMatch(CalendarVisit::providerInactive));
            assertEquals(3, ProviderChoice.colors(vm.everyProvider()).size(), "her colour stays for her visits");

            vm.providers().get(0).shownProperty().set(false);
            assertEquals(hers, vm.visits().size(), "no filter hides her visits");
            vm.showAllProviders();

            CalendarVisit visit = kept.get(0);
            LocalDate day = visit.start(vm.zone()).toLocalDate();
            vm.showDay(day);
            assertEquals(List.of(sam.id(), anjali.id()), vm.columnProviders().stream().map(Provider::id).toList(),
                    "the day view gives her visits a column, after the active providers'");

            Provider herColumn = vm.columnProviders().get(1);
            vm.book(day, LocalTime.of(16, 0), LocalTime.of(16, 30), herColumn); // a click in her column
            BookingForm form = vm.booking();
            assertEquals(sam.id(), form.providerProperty().get().id(), "a new visit goes to an active provider");
            form.choosePatient(admin.data().patients().findById(visit.appointment().patientId()).orElseThrow());
            form.providerProperty().set(herColumn);
            assertNull(form.toAppointment());
            assertEquals("Dr. Anjali Prajapati is deactivated: choose another provider", form.errors().of("provider").get());
            form.close();

            vm.edit(visit);
            assertEquals(anjali.id(), form.providerProperty().get().id());
            assertEquals(visit.appointment().id(), form.toAppointment().id(), "her own visits can still be changed");
            form.close();

            CalendarVisit samsVisit = vm.visits().stream().filter(v -> v.appointment().providerId().equals(sam.id()))
                    .findFirst().orElseThrow();
            vm.move(samsVisit, day, LocalTime.of(16, 0), herColumn);
            assertEquals("Dr. Anjali Prajapati is deactivated: visits cannot be moved to them", vm.failureProperty().get());
            assertEquals(samsVisit.appointment(), admin.data().appointments().findById(samsVisit.appointment().id()).orElseThrow());
        }
    }

    @Test
    void aProviderUserOpensOnTheirOwnVisitsWithTheOthersOneClickAway() throws Exception {
        PracticeStores stores = TestStores.in(dir, WEDNESDAY);
        UUID practice;
        try (Session admin = TestStores.demo(stores)) {
            practice = admin.practice().id();
            User sam = admin.store().addUser(new User(Ids.next(), "sam@maple.test", "Sam Rivera", Role.PROVIDER, null, true),
                    "sam-first-password".toCharArray());
            Provider provider = named(admin, "Sam Rivera, CPNP");
            admin.data().providers().edit(new Provider(provider.id(), sam.id(), provider.name(), provider.specialty(), provider.email(),
                    provider.color(), true));
        }
        try (Session sam = stores.signIn(practice, "sam@maple.test", "sam-first-password".toCharArray())) {
            CalendarViewModel vm = calendar(sam);
            vm.start();
            assertEquals(List.of("Dr. Anjali Prajapati (hidden)", "Sam Rivera, CPNP"), filter(vm));
            UUID own = named(sam, "Sam Rivera, CPNP").id();
            assertFalse(vm.visits().isEmpty());
            assertTrue(vm.visits().stream().allMatch(v -> v.appointment().providerId().equals(own)));

            sam.changes().changed();
            assertEquals(List.of("Dr. Anjali Prajapati (hidden)", "Sam Rivera, CPNP"), filter(vm), "a sync keeps the choice");
            vm.showAllProviders();
            assertEquals(List.of("Dr. Anjali Prajapati", "Sam Rivera, CPNP"), filter(vm));
            assertTrue(vm.visits().stream().anyMatch(v -> !v.appointment().providerId().equals(own)));
        }
    }

    private static CalendarViewModel calendar(Session session) {
        var executor = new CurrentThreadTaskExecutor();
        return new CalendarViewModel(session, executor, WEDNESDAY, new NewPatientViewModel(session, executor, WEDNESDAY));
    }
}
