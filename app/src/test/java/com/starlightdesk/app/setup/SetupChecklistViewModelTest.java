package com.starlightdesk.app.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.preferences.PracticeSetup;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.settings.SettingsPage;
import com.starlightdesk.app.settings.SettingsPlace;
import com.starlightdesk.app.settings.SettingsViewModel;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.sync.DeviceSettings;
import com.starlightdesk.sync.cli.SavedRemoteSettings;
import com.starlightdesk.sync.remote.RemoteSettings;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SetupChecklistViewModelTest {
    private static final String STAFF_EMAIL = "jess@lakeside.test";
    private static final String STAFF_PASSWORD = "jess-first-password";

    @TempDir
    Path dir;

    private PracticeStores stores() {
        return TestStores.in(dir, Clock.systemUTC());
    }

    private static Session newPractice(PracticeStores stores) throws Exception {
        return stores.create("Lakeside Kids Clinic", "America/Chicago", "Rita Moreno", TestStores.EMAIL, TestStores.PASSWORD.toCharArray());
    }

    private static SetupChecklistViewModel checklist(Session session, PracticeStores stores, SettingsPlace place) {
        SetupChecklistViewModel vm = new SetupChecklistViewModel(session, stores, new CurrentThreadTaskExecutor(), place);
        vm.refresh();
        return vm;
    }

    private static List<SetupStep> done(SetupChecklistViewModel vm) {
        return Arrays.stream(SetupStep.values()).filter(step -> vm.doneProperty(step).get()).toList();
    }

    private static Provider provider() {
        return new Provider(Ids.next(), null, "Dr. Ana Lee", "Pediatrics", null, "#3366CC", true);
    }

    @Test
    void aNewPracticeShowsTheChecklistAndTicksStepsFromItsData() throws Exception {
        PracticeStores stores = stores();
        try (Session admin = newPractice(stores)) {
            SettingsPlace place = new SettingsPlace();
            int[] settingsOpened = new int[1];
            place.addOpenListener(() -> settingsOpened[0]++);
            SetupChecklistViewModel vm = checklist(admin, stores, place);
            assertEquals("Set up Lakeside Kids Clinic", vm.titleProperty().get());
            assertTrue(vm.cardShownProperty().get());
            assertFalse(vm.linkShownProperty().get());
            assertEquals("0 of 5 done", vm.progressProperty().get());
            assertEquals(List.of(), done(vm));

            vm.open(SetupStep.PROVIDER);
            assertEquals(SettingsPage.PROVIDERS, place.pageProperty().get());
            assertEquals(1, settingsOpened[0]);
            vm.open(SetupStep.SERVER);
            assertEquals(SettingsPage.THIS_DESK, place.pageProperty().get(), "the practice server is connected on This desk");
            assertEquals(2, settingsOpened[0]);

            admin.data().writeAll(c -> c.insert(provider()));
            vm.refresh();
            assertEquals(List.of(SetupStep.PROVIDER), done(vm));

            // Saving the working hours in Settings tells the session's screens: the checklist reads again by itself.
            SettingsViewModel settings = new SettingsViewModel(stores, admin, new CurrentThreadTaskExecutor());
            settings.saveHours();
            assertTrue(stores.preferences().setupOf(admin.practice().id()).workingHoursSaved());
            assertEquals(List.of(SetupStep.PROVIDER, SetupStep.WORKING_HOURS), done(vm));

            admin.data().writeAll(c -> c.insert(MembershipPlan.inYears(Ids.next(), "Orion", 0, 5, new BigDecimal("79.00"))));
            admin.store().addUser(new User(Ids.next(), STAFF_EMAIL, "Jess Front", Role.STAFF, null, true), STAFF_PASSWORD.toCharArray());
            admin.changes().changed();
            assertEquals(List.of(SetupStep.PROVIDER, SetupStep.WORKING_HOURS, SetupStep.MEMBERSHIP_PLANS, SetupStep.USERS), done(vm));
            assertEquals("4 of 5 done", vm.progressProperty().get());
            assertTrue(vm.cardShownProperty().get());

            // Renamed on the Practice page: the checklist reads the new name with the steps.
            Practice practice = admin.data().office().practice().orElseThrow();
            Practice renamed = Practice.of(practice.id(), "Lakeside Children's Clinic", practice.timeZone());
            admin.data().writeAll(c -> c.update(practice.withProfileOf(renamed)));
            admin.changes().changed();
            assertEquals("Set up Lakeside Children's Clinic", vm.titleProperty().get());
        }
    }

    @Test
    void staysWhileProvidersAndTheFirstVisitsComeAndNeverShowsAgainOnceComplete() throws Exception {
        PracticeStores stores = stores();
        try (Session admin = newPractice(stores)) {
            SetupChecklistViewModel vm = checklist(admin, stores, new SettingsPlace());
            assertTrue(vm.cardShownProperty().get());
            Provider provider = provider();
            Patient patient = new Patient(Ids.next(), "Uma", "Kaur", LocalDate.of(2020, 4, 2), Gender.FEMALE, "Neha Kaur", null,
                    "630-555-0101", new Address("1 Oak St", null, "Naperville", "IL", "60540"), null, null, null, null,
                    PatientStatus.ACTIVE, null, null, null, null, true, null, null, null);
            Instant start = Instant.now().plus(Duration.ofDays(1));
            admin.data().writeAll(c -> {
                c.insert(provider);
                c.insert(patient);
                c.insert(new Appointment(Ids.next(), patient.id(), provider.id(), start, start.plus(Duration.ofMinutes(30)),
                        AppointmentStatus.SCHEDULED, AppointmentType.CHECKUP, null, null));
            });
            assertTrue(checklist(admin, stores, new SettingsPlace()).cardShownProperty().get(),
                    "a practice being set up keeps its checklist once it has providers and visits");

            new SettingsViewModel(stores, admin, new CurrentThreadTaskExecutor()).saveHours();
            admin.data().writeAll(c -> c.insert(MembershipPlan.inYears(Ids.next(), "Orion", 0, 5, new BigDecimal("79.00"))));
            admin.store().addUser(new User(Ids.next(), STAFF_EMAIL, "Jess Front", Role.STAFF, null, true), STAFF_PASSWORD.toCharArray());
            SavedRemoteSettings.save(new DeviceSettings(admin.store().dataSource()),
                    RemoteSettings.jdbc("jdbc:postgresql://127.0.0.1:5432/lakeside", "desk", ""), "default");
            vm.refresh();
            assertEquals(5, done(vm).size(), "connected: the server settings are saved on this PC");
            assertFalse(vm.cardShownProperty().get());
            assertFalse(vm.linkShownProperty().get());
            assertEquals(PracticeSetup.Checklist.CLOSED, stores.preferences().setupOf(admin.practice().id()).checklist());
        }
        try (Session again = stores.signIn(stores.list().get(0).practiceId(), TestStores.EMAIL, TestStores.PASSWORD.toCharArray())) {
            again.store().deactivateUser(STAFF_EMAIL);
            SetupChecklistViewModel vm = checklist(again, stores, new SettingsPlace());
            assertFalse(vm.cardShownProperty().get(), "a step undone later does not bring the checklist back");
            assertFalse(vm.linkShownProperty().get());
        }
    }

    @Test
    void hidingLeavesTheLinkWhichReopensItAndTheCardDoesNotShowByItselfAgain() throws Exception {
        PracticeStores stores = stores();
        try (Session admin = newPractice(stores)) {
            admin.data().writeAll(c -> c.insert(provider()));
            SetupChecklistViewModel vm = checklist(admin, stores, new SettingsPlace());
            vm.hide();
            assertFalse(vm.cardShownProperty().get());
            assertTrue(vm.linkShownProperty().get());
            assertEquals("Setup: 1 of 5", vm.linkTextProperty().get());
            vm.refresh();
            assertFalse(vm.cardShownProperty().get(), "a read does not bring a hidden checklist back");
            vm.reopen();
            assertTrue(vm.cardShownProperty().get());
            assertFalse(vm.linkShownProperty().get());
            vm.hide();

            SetupChecklistViewModel nextSignIn = checklist(admin, stores, new SettingsPlace());
            assertFalse(nextSignIn.cardShownProperty().get(), "hidden on this PC");
            assertTrue(nextSignIn.linkShownProperty().get());
            assertEquals(PracticeSetup.Checklist.HIDDEN, stores.preferences().setupOf(admin.practice().id()).checklist());
        }
    }

    @Test
    void notShownToUsersWhoAreNotAdmins() throws Exception {
        PracticeStores stores = stores();
        java.util.UUID practiceId;
        try (Session admin = newPractice(stores)) {
            practiceId = admin.practice().id();
            admin.store().addUser(new User(Ids.next(), STAFF_EMAIL, "Jess Front", Role.STAFF, null, true), STAFF_PASSWORD.toCharArray());
        }
        try (Session staff = stores.signIn(practiceId, STAFF_EMAIL, STAFF_PASSWORD.toCharArray())) {
            SetupChecklistViewModel vm = checklist(staff, stores, new SettingsPlace());
            assertFalse(vm.cardShownProperty().get());
            assertFalse(vm.linkShownProperty().get());
            assertEquals(null, stores.preferences().setupOf(practiceId).checklist(), "nothing decided for the admin");
        }
        try (Session admin = stores.signIn(practiceId, TestStores.EMAIL, TestStores.PASSWORD.toCharArray())) {
            assertTrue(checklist(admin, stores, new SettingsPlace()).cardShownProperty().get());
        }
    }

    @Test
    void aPracticeThatAlreadyHasProvidersAndVisitsNeverShowsIt() throws Exception {
        PracticeStores stores = stores();
        try (Session demo = TestStores.demo(stores)) {
            SetupChecklistViewModel vm = checklist(demo, stores, new SettingsPlace());
            assertFalse(vm.cardShownProperty().get());
            assertFalse(vm.linkShownProperty().get());
            assertEquals(PracticeSetup.Checklist.CLOSED, stores.preferences().setupOf(demo.practice().id()).checklist(),
                    "decided once on this PC");
        }
    }
}
