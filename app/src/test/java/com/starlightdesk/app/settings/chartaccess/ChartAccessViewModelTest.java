package com.starlightdesk.app.settings.chartaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.ChartPart;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Chart access page's view-model on a real practice store: a provider opens charts, the admin lists them. */
final class ChartAccessViewModelTest {
    /** 11:30 pm on December 3 in Chicago, the practice's zone: already December 4 in UTC. */
    private static final Instant LATE = Instant.parse("2026-12-04T05:30:00Z");

    @TempDir
    Path dir;

    @Test
    void anAdminSeesWhoOpenedWhichChartAndFiltersByPatientUserAndDay() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.fixed(LATE, ZoneOffset.UTC));
        Patient ava = patient("Ava", "Lee");
        Patient ben = patient("Ben", "Ortiz");
        UUID practice;
        try (Session admin = stores.create("Maple Pediatrics", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray())) {
            practice = admin.practice().id();
            admin.store().addUser(new User(Ids.next(), "lee@maple.test", "Dr. Dana Lee", Role.PROVIDER, null, true),
                    "provider-password-1".toCharArray());
            admin.store().addUser(new User(Ids.next(), "desk@maple.test", "Front Desk", Role.STAFF, null, true),
                    "desk-first-password".toCharArray());
            admin.data().writeAll(c -> {
                c.insert(ava);
                c.insert(ben);
            });
        }
        try (Session provider = stores.signIn(practice, "lee@maple.test", "provider-password-1".toCharArray())) {
            provider.data().openChart(ava.id());
            provider.data().auditChartSection(ava.id(), ChartPart.IMMUNIZATIONS);
            provider.data().openChart(ben.id());
        }

        try (Session admin = stores.signIn(practice, TestStores.EMAIL, TestStores.PASSWORD.toCharArray())) {
            ChartAccessViewModel vm = new ChartAccessViewModel(admin, new CurrentThreadTaskExecutor());
            assertTrue(vm.allowed());
            vm.load();
            assertEquals(List.of("Front Desk", "Dr. Dana Lee", "Rita Moreno").stream().sorted().toList(),
                    vm.users().stream().map(User::displayName).sorted().toList());
            assertEquals(3, vm.rows().size());
            ChartAccessViewModel.Row newest = vm.rows().get(2);
            assertEquals(new ChartAccessViewModel.Row("Dec 3, 2026 11:30 PM", "Dr. Dana Lee", "Ava Lee", "Chart (summary)"),
                    vm.rows().stream().filter(r -> r.patient().equals("Ava Lee") && r.opened().startsWith("Chart")).findFirst().orElseThrow(),
                    "the time in the practice's zone");
            assertTrue(vm.rows().stream().anyMatch(r -> r.opened().equals("Immunizations")));
            assertEquals("Dr. Dana Lee", newest.user());
            assertEquals("3 openings.", vm.countProperty().get());
            assertFalse(vm.moreProperty().get());

            vm.patientPicker().queryProperty().set("Ortiz");
            assertEquals(1, vm.patientPicker().matches().size());
            vm.patientPicker().pick(vm.patientPicker().matches().get(0));
            assertEquals(ben, vm.patientProperty().get());
            assertEquals(List.of("Ben Ortiz"), vm.rows().stream().map(ChartAccessViewModel.Row::patient).toList());
            vm.anyPatient();
            assertEquals(3, vm.rows().size());

            User frontDesk = vm.users().stream().filter(u -> u.role() == Role.STAFF).findFirst().orElseThrow();
            vm.chooseUser(frontDesk);
            assertEquals(List.of(), vm.rows(), "the front desk opened no chart");
            assertEquals("No chart was opened that matches.", vm.countProperty().get());
            vm.chooseUser(null);

            vm.fromProperty().set("12/3/2026");
            vm.toProperty().set("12/3/2026");
            vm.search();
            assertEquals(3, vm.rows().size(), "December 3 in Chicago, though December 4 in UTC");
            vm.fromProperty().set("12/4/2026");
            vm.toProperty().set("");
            vm.search();
            assertEquals(0, vm.rows().size());

            vm.fromProperty().set("13/40/2026");
            vm.toProperty().set("12/1/2026x");
            vm.search();
            assertEquals("Enter the day as M/D/YYYY", vm.errors().of("from").get());
            assertEquals("Enter the day as M/D/YYYY", vm.errors().of("to").get());
            vm.fromProperty().set("12/4/2026");
            vm.toProperty().set("12/3/2026");
            vm.search();
            assertEquals("", vm.errors().of("from").get());
            assertEquals("Must be on or after the From day", vm.errors().of("to").get());
            assertEquals(0, vm.rows().size(), "the list of the last good search stays until a good one");
        }

        try (Session staff = stores.signIn(practice, "desk@maple.test", "desk-first-password".toCharArray())) {
            ChartAccessViewModel vm = new ChartAccessViewModel(staff, new CurrentThreadTaskExecutor());
            assertFalse(vm.allowed());
            vm.load();
            assertEquals("Only an admin can see who opened the practice's charts", vm.failureProperty().get());
            assertTrue(vm.rows().isEmpty() && vm.users().isEmpty(), "nothing read for staff");
        }
    }

    @Test
    void olderOpeningsComeAPageAtATime() throws Exception {
        PracticeStores stores = TestStores.in(dir, Clock.systemUTC());
        Patient ava = patient("Ava", "Lee");
        try (Session admin = stores.create("Maple Pediatrics", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray())) {
            admin.data().writeAll(c -> c.insert(ava));
            for (int i = 0; i < ChartAccessViewModel.PAGE + 5; i++) {
                admin.data().auditChartSection(ava.id(), i % 2 == 0 ? ChartPart.NOTES : ChartPart.HOUSEHOLD);
            }
            ChartAccessViewModel vm = new ChartAccessViewModel(admin, new CurrentThreadTaskExecutor());
            vm.load();
            assertEquals(ChartAccessViewModel.PAGE, vm.rows().size());
            assertTrue(vm.moreProperty().get());
            assertEquals(ChartAccessViewModel.PAGE + " openings listed; older ones follow.", vm.countProperty().get());
            vm.showOlder();
            assertEquals(ChartAccessViewModel.PAGE + 5, vm.rows().size());
            assertFalse(vm.moreProperty().get());
            assertEquals(java.util.Set.of("Notes", "Household"),
                    vm.rows().stream().map(ChartAccessViewModel.Row::opened).collect(java.util.stream.Collectors.toSet()));
        }
    }

    private static Patient patient(String first, String last) {
        return new Patient(Ids.next(), first, last, LocalDate.of(2020, 4, 2), Gender.FEMALE, "Jordan " + last, null, null,
                new Address("12 Elm St", null, "Naperville", "IL", "60540"), null, null, null, null, PatientStatus.ACTIVE,
                null, null, null, null, true, null, null, null);
    }
}
